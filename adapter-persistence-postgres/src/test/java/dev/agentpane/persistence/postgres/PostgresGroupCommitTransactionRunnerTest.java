package dev.agentpane.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.domain.shared.JsonText;
import dev.agentpane.persistence.shared.GroupCommitTransactionRunner;
import dev.agentpane.persistence.shared.GroupCommitTransactionRunnerContract;
import dev.agentpane.persistence.shared.SpringStoreFixture;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PostgresGroupCommitTransactionRunnerTest extends GroupCommitTransactionRunnerContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    @Override
    protected SpringStoreFixture openStore() {
        return PostgresStores.open();
    }

    /** Only two instances can deadlock (one instance's writes run on one thread): the database fails one, which runs again. */
    @Test
    void two_instances_whose_writes_deadlock_both_succeed_because_the_loser_runs_again() throws Exception {
        SettingsRepository settings = store().port(SettingsRepository.class);
        settings.upsertAll(Map.of("x", value("none"), "y", value("none")), T0);
        CountDownLatch xLocked = new CountDownLatch(1);
        CountDownLatch yLocked = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        GroupCommitTransactionRunner otherInstance = anotherRunner("other-instance-writer");
        try {
            CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> runner().inTransaction(() -> {
                runs.incrementAndGet();
                settings.upsertAll(Map.of("x", value("first")), T0);
                xLocked.countDown();
                awaitQuietly(yLocked);
                settings.upsertAll(Map.of("y", value("first")), T0); // waits for the other instance's lock on y
                return null;
            }));
            CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> otherInstance.inTransaction(() -> {
                runs.incrementAndGet();
                settings.upsertAll(Map.of("y", value("second")), T0);
                yLocked.countDown();
                awaitQuietly(xLocked);
                settings.upsertAll(Map.of("x", value("second")), T0); // and this one for the lock on x: a deadlock
                return null;
            }));

            assertThat(first).succeedsWithin(30, TimeUnit.SECONDS);
            assertThat(second).succeedsWithin(30, TimeUnit.SECONDS);
            assertThat(runs).as("the deadlock's loser ran twice").hasValue(3);
            Map<String, JsonText> stored = settings.findAll();
            assertThat(stored.get("x")).as("one write wholly after the other").isEqualTo(stored.get("y"));
        } finally {
            otherInstance.close();
        }
    }

    private static JsonText value(String text) {
        return new JsonText("\"" + text + "\"");
    }
}
