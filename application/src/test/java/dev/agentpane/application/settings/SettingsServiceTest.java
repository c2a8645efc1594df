package dev.agentpane.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.settings.GetSettingsQuery;
import dev.agentpane.application.port.in.settings.UpdateSettingsCommand;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.shared.JsonText;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07.123456Z"), ZoneOffset.UTC);
    private static final JsonText DARK = new JsonText("\"dark\"");
    private static final JsonText LIGHT = new JsonText("\"light\"");
    private static final JsonText FIVE = new JsonText("5");
    private static final JsonText OBJECT = new JsonText("{\"a\":[1,2]}");

    private InMemoryStores stores;
    private SettingsRepository fake;
    private TransactionRunner transactions;
    private RecordingSettingsRepository recording;
    private SettingsService service;

    @BeforeEach
    void setUp() {
        stores = new InMemoryStores();
        fake = stores.port(SettingsRepository.class);
        transactions = stores.port(TransactionRunner.class);
        recording = new RecordingSettingsRepository(fake);
        service = new SettingsService(recording, transactions, CLOCK);
    }

    private static Map<String, JsonText> ordered(Object... keysAndValues) {
        Map<String, JsonText> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (JsonText) keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void update_stores_every_key() {
        service.update(new UpdateSettingsCommand(ordered("theme", DARK, "agents.max", FIVE, "ui.layout", OBJECT)));

        assertThat(fake.findAll()).containsOnly(entry("theme", DARK), entry("agents.max", FIVE), entry("ui.layout", OBJECT));
    }

    @Test
    void update_stamps_the_clocks_now_truncated_to_milliseconds() {
        service.update(new UpdateSettingsCommand(ordered("theme", DARK)));

        assertThat(recording.upsertedAt).containsExactly(Instant.parse("2025-03-04T05:06:07.123Z"));
    }

    @Test
    void update_replaces_an_existing_value_and_keeps_the_other_keys() {
        service.update(new UpdateSettingsCommand(ordered("theme", DARK, "agents.max", FIVE)));

        service.update(new UpdateSettingsCommand(ordered("theme", LIGHT)));

        assertThat(fake.findAll()).containsOnly(entry("theme", LIGHT), entry("agents.max", FIVE));
    }

    @Test
    void get_all_returns_every_key_in_ascending_order() {
        service.update(new UpdateSettingsCommand(ordered("zeta", DARK, "alpha", FIVE, "mid.key", OBJECT)));

        Map<String, JsonText> all = service.get(GetSettingsQuery.all());

        assertThat(new ArrayList<>(all.keySet())).containsExactly("alpha", "mid.key", "zeta");
        assertThat(all).containsOnly(entry("alpha", FIVE), entry("mid.key", OBJECT), entry("zeta", DARK));
    }

    @Test
    void get_all_of_an_empty_store_is_empty() {
        assertThat(service.get(GetSettingsQuery.all())).isEmpty();
    }

    @Test
    void get_with_an_empty_key_list_returns_nothing_without_asking_the_store() {
        service.update(new UpdateSettingsCommand(ordered("theme", DARK)));
        recording.reads = 0;

        Map<String, JsonText> found = service.get(new GetSettingsQuery(List.of()));

        assertThat(found).isEmpty();
        assertThat(recording.reads).isZero();
    }

    @Test
    void get_with_keys_returns_only_the_keys_that_exist_in_ascending_order() {
        service.update(new UpdateSettingsCommand(ordered("theme", DARK, "agents.max", FIVE, "ui.layout", OBJECT)));

        Map<String, JsonText> found = service.get(new GetSettingsQuery(List.of("ui.layout", "missing", "agents.max")));

        assertThat(new ArrayList<>(found.keySet())).containsExactly("agents.max", "ui.layout");
        assertThat(found).containsOnly(entry("agents.max", FIVE), entry("ui.layout", OBJECT));
    }

    @Test
    void get_with_only_unknown_keys_is_empty() {
        service.update(new UpdateSettingsCommand(ordered("theme", DARK)));

        assertThat(service.get(new GetSettingsQuery(List.of("nope")))).isEmpty();
    }

    @Test
    void an_empty_update_is_a_no_op() {
        service.update(new UpdateSettingsCommand(ordered("theme", DARK)));
        recording.upsertedAt.clear();

        service.update(new UpdateSettingsCommand(Map.of()));

        assertThat(recording.upsertedAt).isEmpty();
        assertThat(fake.findAll()).containsOnly(entry("theme", DARK));
    }

    @Test
    void an_update_command_with_an_empty_key_is_rejected() {
        assertThatThrownBy(() -> new UpdateSettingsCommand(ordered("theme", DARK, "", FIVE)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Setting keys must not be empty");
    }

    @Test
    void an_update_command_with_a_key_of_201_characters_is_rejected() {
        assertThatThrownBy(() -> new UpdateSettingsCommand(ordered("k".repeat(201), DARK)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Setting keys must be at most 200 characters");
    }

    @Test
    void an_update_command_with_a_key_of_200_characters_is_accepted() {
        assertThat(new UpdateSettingsCommand(ordered("k".repeat(200), DARK)).values()).containsOnlyKeys("k".repeat(200));
    }

    @Test
    void an_update_command_keeps_its_own_copy_of_the_values() {
        Map<String, JsonText> values = new HashMap<>(Map.of("theme", DARK));
        UpdateSettingsCommand command = new UpdateSettingsCommand(values);

        values.put("theme", LIGHT);

        assertThat(command.values()).containsOnly(entry("theme", DARK));
    }

    @Test
    void a_store_failure_midway_rolls_back_every_key_of_the_update() {
        service.update(new UpdateSettingsCommand(ordered("theme", DARK)));
        FailingAfterFirstKey failing = new FailingAfterFirstKey(fake);
        SettingsService failingService = new SettingsService(failing, transactions, CLOCK);

        assertThatThrownBy(() -> failingService.update(new UpdateSettingsCommand(ordered("theme", LIGHT, "agents.max", FIVE))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full");

        assertThat(failing.storedKeys).as("the decorator did write the first key before failing").containsExactly("theme");
        assertThat(fake.findAll()).containsOnly(entry("theme", DARK));
    }

    /** Counts what the service asks of the repository, passing everything on. */
    private static final class RecordingSettingsRepository implements SettingsRepository {
        private final SettingsRepository delegate;
        int reads;
        final List<Instant> upsertedAt = new ArrayList<>();

        RecordingSettingsRepository(SettingsRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<String, JsonText> findAll() {
            reads++;
            return delegate.findAll();
        }

        @Override
        public Map<String, JsonText> findByKeys(Collection<String> keys) {
            reads++;
            return delegate.findByKeys(keys);
        }

        @Override
        public void upsertAll(Map<String, JsonText> values, Instant updatedAt) {
            upsertedAt.add(updatedAt);
            delegate.upsertAll(values, updatedAt);
        }
    }

    /** Stores the first key through the real fake, then fails like a database losing its disk. */
    private static final class FailingAfterFirstKey implements SettingsRepository {
        private final SettingsRepository delegate;
        final List<String> storedKeys = new ArrayList<>();

        FailingAfterFirstKey(SettingsRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<String, JsonText> findAll() {
            return delegate.findAll();
        }

        @Override
        public Map<String, JsonText> findByKeys(Collection<String> keys) {
            return delegate.findByKeys(keys);
        }

        @Override
        public void upsertAll(Map<String, JsonText> values, Instant updatedAt) {
            for (Map.Entry<String, JsonText> value : values.entrySet()) {
                if (!storedKeys.isEmpty()) {
                    throw new IllegalStateException("disk full");
                }
                delegate.upsertAll(Map.of(value.getKey(), value.getValue()), updatedAt);
                storedKeys.add(value.getKey());
            }
        }
    }
}
