package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.shared.JsonText;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link SettingsRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class SettingsRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private SettingsRepository settings() {
        return port(SettingsRepository.class);
    }

    private static JsonText json(String text) {
        return new JsonText(text);
    }

    /**
     * Stores may normalise JSON whitespace and key order (PostgreSQL's jsonb does: shorter keys first), so the
     * objects below are written in that order and compared without whitespace outside strings.
     */
    private static Map<String, String> compact(Map<String, JsonText> values) {
        Map<String, String> result = new LinkedHashMap<>();
        values.forEach((key, value) -> result.put(key, value.json().replaceAll("\\s+(?=([^\"]*\"[^\"]*\")*[^\"]*$)", "")));
        return result;
    }

    @Test
    void every_kind_of_json_value_round_trips() {
        Map<String, JsonText> values = new LinkedHashMap<>();
        values.put("default_model", json("\"claude-opus-4-5\""));
        values.put("sound_enabled", json("true"));
        values.put("default_max_turns", json("\"50\""));
        values.put("cliMonitor.retentionDays", json("7"));
        values.put("agent_tools", json("[\"Read\",\"Edit\"]"));
        values.put("sandbox.defaults", json("{\"nested\":{\"emoji\":\"🚀 ü\"},\"enabled\":false,\"memoryMb\":2048}"));
        values.put("prompt.task-creation", json("\"\""));
        values.put("nothing", json("null"));
        values.put("big", json("9007199254740993"));

        settings().upsertAll(values, T0);

        assertThat(compact(settings().findAll())).isEqualTo(compact(values));
    }

    @Test
    void an_upsert_replaces_existing_values_and_keeps_the_others() {
        settings().upsertAll(Map.of("a", json("1"), "b", json("2")), T0);
        settings().upsertAll(Map.of("b", json("\"two\""), "c", json("3")), T0.plusSeconds(1));

        assertThat(compact(settings().findAll())).isEqualTo(Map.of("a", "1", "b", "\"two\"", "c", "3"));
    }

    @Test
    void reading_by_keys_returns_only_the_keys_that_exist() {
        settings().upsertAll(Map.of("a", json("1"), "b", json("2")), T0);

        assertThat(compact(settings().findByKeys(List.of("b", "missing")))).isEqualTo(Map.of("b", "2"));
        assertThat(settings().findByKeys(List.of("missing"))).isEmpty();
    }

    @Test
    void a_failed_transaction_stores_no_key() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            settings().upsertAll(Map.of("a", json("1")), T0);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(settings().findAll()).isEmpty();
    }
}
