package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.shared.JsonText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TransactionRunner} must do, observed through the settings store; run against SQLite (whose runner
 * lets concurrent callers share a commit), PostgreSQL 18 and the in-memory fake.
 */
public abstract class TransactionRunnerContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private SettingsRepository settings() {
        return port(SettingsRepository.class);
    }

    private void store(String key) {
        settings().upsertAll(Map.of(key, new JsonText("1")), T0);
    }

    private Set<String> storedKeys() {
        return new TreeSet<>(settings().findAll().keySet());
    }

    @Test
    void the_work_is_stored_and_its_result_returned() {
        String result = transactions().inTransaction(() -> {
            store("a");
            store("b");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(storedKeys()).containsExactly("a", "b");
    }

    @Test
    void work_that_fails_stores_nothing_and_its_caller_gets_the_very_exception() {
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            store("a");
            throw boom;
        })).isSameAs(boom);

        assertThat(storedKeys()).isEmpty();
    }

    @Test
    void a_nested_call_is_part_of_the_outer_work() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            transactions().inTransaction(() -> store("inner"));
            store("outer");
            throw new IllegalStateException("the outer work fails after the inner one");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storedKeys()).isEmpty();

        assertThat(transactions().inTransaction(() -> transactions().inTransaction(() -> {
            store("inner");
            return 7;
        }))).isEqualTo(7);
        assertThat(storedKeys()).containsExactly("inner");
    }

    /** Every second caller fails after its write: the others' writes are all kept, and each caller learns its own outcome. */
    @Test
    void concurrent_callers_each_get_their_own_outcome_and_failures_take_nothing_else_with_them() throws Exception {
        int callers = 16;
        int callsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<List<String>>> outcomes = new ArrayList<>();
            for (int caller = 0; caller < callers; caller++) {
                int c = caller;
                Callable<List<String>> calls = () -> {
                    List<String> seen = new ArrayList<>();
                    for (int call = 0; call < callsEach; call++) {
                        String key = "k" + c + "-" + call;
                        boolean fails = call % 2 == 1;
                        try {
                            seen.add(transactions().inTransaction(() -> {
                                store(key);
                                if (fails) {
                                    throw new IllegalStateException(key);
                                }
                                return key;
                            }));
                        } catch (IllegalStateException e) {
                            seen.add("failed " + e.getMessage());
                        }
                    }
                    return seen;
                };
                outcomes.add(pool.submit(calls));
            }
            Set<String> expectedKeys = new TreeSet<>();
            for (int caller = 0; caller < callers; caller++) {
                List<String> expected = new ArrayList<>();
                for (int call = 0; call < callsEach; call++) {
                    String key = "k" + caller + "-" + call;
                    expected.add(call % 2 == 1 ? "failed " + key : key);
                    if (call % 2 == 0) {
                        expectedKeys.add(key);
                    }
                }
                assertThat(outcomes.get(caller).get(60, TimeUnit.SECONDS)).containsExactlyElementsOf(expected);
            }
            assertThat(storedKeys()).isEqualTo(expectedKeys);
        } finally {
            pool.shutdownNow();
        }
    }
}
