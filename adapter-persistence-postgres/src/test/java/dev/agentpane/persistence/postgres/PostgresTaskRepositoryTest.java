package dev.agentpane.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TaskRepositoryContract;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskPriority;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class PostgresTaskRepositoryTest extends TaskRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-05-06T07:08:09.010Z");

    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }

    /**
     * The reads after the lock run in the same round trip but as statements of their own, so they see what another
     * instance committed while this one waited for the board. (One statement would see the board as it was before the
     * wait, and place the card on a stale column end.)
     */
    @Test
    void the_reads_sent_with_the_lock_see_what_the_board_holder_committed_while_they_waited() throws Exception {
        Project board = Project.create("Contended", "/repos/contended", null, T0);
        port(ProjectRepository.class).insert(board);
        TaskRepository tasks = port(TaskRepository.class);
        Task moving = Task.create(board.id(), "moving", null, List.of(), TaskPriority.MEDIUM, "a", T0);
        tasks.insert(moving);
        TransactionTemplate otherInstance = new TransactionTemplate(port(PlatformTransactionManager.class));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> otherInstance.executeWithoutResult(status -> {
            tasks.lockBoard(board.id());
            tasks.insert(Task.create(board.id(), "added meanwhile", null, List.of(), TaskPriority.MEDIUM, "b", T0));
            holding.countDown();
            awaitQuietly(release);
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        TransactionRunner transactions = transactions();
        CompletableFuture<Optional<TaskRepository.MoveReading>> move = CompletableFuture.supplyAsync(() -> transactions.inTransaction(
                () -> tasks.findLockingBoardForMove(moving.id(), TaskColumn.BACKLOG, 0, 2)));
        CompletableFuture<Optional<TaskRepository.ColumnEnd>> create = CompletableFuture.supplyAsync(() -> new TransactionTemplate(
                port(PlatformTransactionManager.class)).execute(status -> tasks.lockBoardAtColumnEnd(board.id(), TaskColumn.BACKLOG)));
        awaitLockWaits(2);
        release.countDown();

        assertThat(holder).succeedsWithin(30, TimeUnit.SECONDS);
        assertThat(move).succeedsWithin(30, TimeUnit.SECONDS).isEqualTo(Optional.of(
                new TaskRepository.MoveReading(moving, new TaskRepository.ColumnEnd("b", 2), List.of("b"))));
        assertThat(create).succeedsWithin(30, TimeUnit.SECONDS).isEqualTo(Optional.of(new TaskRepository.ColumnEnd("b", 2)));
    }

    /** Until PostgreSQL shows that many sessions of this database waiting for a lock (bounded: 30 s). */
    private void awaitLockWaits(int sessions) throws Exception {
        DataSource dataSource = port(DataSource.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            while (System.nanoTime() < deadline) {
                try (var result = statement.executeQuery()) {
                    result.next();
                    if (result.getInt(1) >= sessions) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("fewer than " + sessions + " sessions came to wait for the board's lock");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
