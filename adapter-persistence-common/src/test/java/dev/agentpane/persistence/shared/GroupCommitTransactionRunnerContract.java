package dev.agentpane.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.shared.JsonText;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How writes share commits: what the transaction-runner contract cannot see from outside. Run on SQLite and on
 * PostgreSQL 18, whose transaction is aborted by a failed statement.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class GroupCommitTransactionRunnerContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private SpringStoreFixture store;
    private GroupCommitTransactionRunner runner;
    private SettingsRepository settings;

    protected abstract SpringStoreFixture openStore();

    protected final SpringStoreFixture store() {
        return store;
    }

    /** The store's runner, which its repositories' work runs on. */
    protected final GroupCommitTransactionRunner runner() {
        return runner;
    }

    /** Another runner on the store's database, as a second server instance has. */
    protected final GroupCommitTransactionRunner anotherRunner(String threadName) {
        return new GroupCommitTransactionRunner(store.port(PlatformTransactionManager.class),
                store.port(StatementEffects.class)::onThisThread, threadName);
    }

    @BeforeAll
    void open() {
        store = openStore();
        settings = store.port(SettingsRepository.class);
    }

    @BeforeEach
    void startEmpty() {
        store.reset();
        runner = (GroupCommitTransactionRunner) store.port(TransactionRunner.class);
    }

    @AfterAll
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
            settings.upsertAll(Map.of("broken", new JsonText("not json")), T0); // refused: SQLite's json_valid, PostgreSQL's jsonb
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
    void a_write_that_fails_having_only_read_fails_alone_and_the_rest_of_its_group_runs_once() throws Exception {
        CountDownLatch releaseFirst = blockTheWriter();
        AtomicInteger secondRuns = new AtomicInteger();
        CompletableFuture<Object> second = queue(() -> {
            secondRuns.incrementAndGet();
            store("second");
            return transactionInProgress();
        });
        IllegalStateException notThere = new IllegalStateException("nothing to change");
        CompletableFuture<Object> reader = queue(() -> {
            settings.findAll();
            throw notThere;
        });
        CompletableFuture<Object> third = queue(() -> {
            store("third");
            return transactionInProgress();
        });
        releaseFirst.countDown();

        assertThat(third.get(30, TimeUnit.SECONDS)).isSameAs(second.get(30, TimeUnit.SECONDS));
        assertThat(secondRuns).hasValue(1);
        assertThat(reader).failsWithin(30, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class).havingCause().isSameAs(notThere);
        assertThat(storedKeys()).containsExactly("first", "second", "third");
    }

    @Test
    void a_write_that_fails_after_writing_is_undone_by_running_the_rest_of_its_group_again() throws Exception {
        CountDownLatch releaseFirst = blockTheWriter();
        AtomicInteger secondRuns = new AtomicInteger();
        CompletableFuture<Object> second = queue(() -> {
            secondRuns.incrementAndGet();
            store("second");
            return secondRuns.get();
        });
        IllegalStateException conflict = new IllegalStateException("changed meanwhile");
        CompletableFuture<Object> writer = queue(() -> {
            store("undone");
            throw conflict;
        });
        AtomicInteger thirdRuns = new AtomicInteger();
        CompletableFuture<Object> third = queue(() -> {
            thirdRuns.incrementAndGet();
            store("third");
            return null;
        });
        releaseFirst.countDown();

        assertThat(second.get(30, TimeUnit.SECONDS)).as("the result of the run that was committed").isEqualTo(2);
        assertThat(third).succeedsWithin(30, TimeUnit.SECONDS);
        assertThat(thirdRuns).as("the third had not run when the group was rolled back").hasValue(1);
        assertThat(writer).failsWithin(30, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class).havingCause().isSameAs(conflict);
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
        // A runner of its own on the store's transactions: the store's runner serves the other tests.
        runner = anotherRunner("closing-writer");
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

    /** A first write, storing "first", that holds the writer until the returned latch is released. */
    protected final CountDownLatch blockTheWriter() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        call(() -> {
            store("first");
            running.countDown();
            awaitQuietly(release);
            return null;
        });
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    /** Calls while the writer is held, and returns once the call waits in the queue. */
    protected final CompletableFuture<Object> queue(Supplier<Object> work) {
        int queuedBefore = runner.queuedWrites();
        CompletableFuture<Object> outcome = call(work);
        awaitQueued(queuedBefore + 1);
        return outcome;
    }

    protected final CompletableFuture<Object> call(Supplier<Object> work) {
        return CompletableFuture.supplyAsync(() -> runner.inTransaction(work));
    }

    /** The connection of the transaction the work runs in. */
    private Object transactionInProgress() {
        return TransactionSynchronizationManager.getResource(store.port(DataSource.class));
    }

    protected final void store(String key) {
        settings.upsertAll(Map.of(key, new JsonText("1")), T0);
    }

    protected final Set<String> storedKeys() {
        return new TreeSet<>(settings.findAll().keySet());
    }

    private void awaitQueued(int writes) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (runner.queuedWrites() < writes) {
            assertThat(System.nanoTime()).as("%d writes queued in time", writes).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    protected static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
