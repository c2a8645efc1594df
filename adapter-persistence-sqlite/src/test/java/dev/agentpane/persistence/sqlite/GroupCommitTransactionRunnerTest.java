package dev.agentpane.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.shared.JsonText;
import dev.agentpane.persistence.shared.GroupCommitTransactionRunner;
import dev.agentpane.persistence.shared.SpringStoreFixture;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** How SQLite's writes share commits: what the transaction-runner contract cannot see from outside. */
class GroupCommitTransactionRunnerTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private SpringStoreFixture store;
    private GroupCommitTransactionRunner runner;
    private SettingsRepository settings;

    @BeforeEach
    void open() {
        store = SqliteStores.open();
        runner = (GroupCommitTransactionRunner) store.port(TransactionRunner.class);
        settings = store.port(SettingsRepository.class);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void writes_queued_behind_a_running_one_share_the_next_transaction_and_a_failing_one_is_undone_alone() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Object> first = call(() -> {
            store("first");
            firstRunning.countDown();
            awaitQuietly(releaseFirst);
            return transactionInProgress();
        });
        assertThat(firstRunning.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Object> second = call(() -> {
            store("second");
            return transactionInProgress();
        });
        awaitQueued(1);
        CompletableFuture<Object> broken = call(() -> {
            store("broken");
            settings.upsertAll(Map.of("broken", new JsonText("not json")), T0); // SQLite's CHECK (json_valid) refuses it
            return transactionInProgress();
        });
        awaitQueued(2);
        CompletableFuture<Object> third = call(() -> {
            store("third");
            return transactionInProgress();
        });
        awaitQueued(3);
        releaseFirst.countDown();

        Object secondTransaction = second.get(30, TimeUnit.SECONDS);
        assertThat(third.get(30, TimeUnit.SECONDS)).isSameAs(secondTransaction);
        assertThat(first.get(30, TimeUnit.SECONDS)).isNotSameAs(secondTransaction);
        assertThat(broken).failsWithin(30, TimeUnit.SECONDS);
        assertThat(storedKeys()).containsExactly("first", "second", "third");
    }

    @Test
    void a_write_returns_only_once_it_is_committed() {
        runner.inTransaction(() -> store("committed"));

        // Read on another thread, through a connection of its own: only what is committed is visible there.
        assertThat(CompletableFuture.supplyAsync(this::storedKeys).join()).containsExactly("committed");
    }

    @Test
    void once_closed_it_finishes_the_queued_writes_and_refuses_new_ones() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Object> first = call(() -> {
            firstRunning.countDown();
            awaitQuietly(releaseFirst);
            store("first");
            return null;
        });
        assertThat(firstRunning.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Object> queued = call(() -> {
            store("queued");
            return null;
        });
        awaitQueued(1);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
            try {
                runner.close();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        releaseFirst.countDown();
        closing.get(30, TimeUnit.SECONDS);

        assertThat(first).succeedsWithin(30, TimeUnit.SECONDS);
        assertThat(queued).succeedsWithin(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> runner.inTransaction(() -> store("late"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not made");
        assertThat(storedKeys()).containsExactly("first", "queued");
    }

    private CompletableFuture<Object> call(Supplier<Object> work) {
        return CompletableFuture.supplyAsync(() -> runner.inTransaction(work));
    }

    /** The connection of the transaction the work runs in. */
    private Object transactionInProgress() {
        return TransactionSynchronizationManager.getResource(store.port(DataSource.class));
    }

    private void store(String key) {
        settings.upsertAll(Map.of(key, new JsonText("1")), T0);
    }

    private Set<String> storedKeys() {
        return new TreeSet<>(settings.findAll().keySet());
    }

    private void awaitQueued(int writes) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (runner.queuedWrites() < writes) {
            assertThat(System.nanoTime()).as("%d writes queued in time", writes).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
