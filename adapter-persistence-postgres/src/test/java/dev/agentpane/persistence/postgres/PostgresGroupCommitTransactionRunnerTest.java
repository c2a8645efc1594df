package dev.agentpane.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskPriority;
import dev.agentpane.persistence.shared.PipelinedWrites;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.springframework.dao.DataIntegrityViolationException;
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
            // At least one run more than the two pieces: the loser's. A clean-clone run once counted four (cause not
            // found); without the retry the loser's caller fails above.
            assertThat(runs.get()).as("the deadlock's loser ran again").isGreaterThanOrEqualTo(3);
            Map<String, JsonText> stored = settings.findAll();
            assertThat(stored.get("x")).as("one write wholly after the other").isEqualTo(stored.get("y"));
        } finally {
            otherInstance.close();
        }
    }

    @Test
    void a_held_back_write_travels_with_the_next_statement_which_sees_it() {
        Task card = cardOn(insertBoard());
        Sent sent = runner().inTransaction(() -> {
            long heldBefore = pipelinedWrites().heldBackOnThisThread();
            tasks().insert(card);
            long held = pipelinedWrites().heldBackOnThisThread() - heldBefore;
            return new Sent(held, tasks().findById(card.id()));
        });

        assertThat(sent.held()).as("the insert was held back").isEqualTo(1);
        assertThat(sent.seenNext()).contains(card);
        assertThat(tasks().findById(card.id())).as("committed").contains(card);
    }

    private record Sent(long held, Optional<Task> seenNext) {
    }

    @Test
    void a_held_back_write_that_fails_fails_its_own_caller_and_the_statement_it_travelled_with_succeeds() throws Exception {
        CountDownLatch releaseFirst = blockTheWriter();
        CompletableFuture<Object> orphan = queue(() -> {
            tasks().insert(cardOn(ProjectId.generate(T0.toEpochMilli()))); // no such project: a foreign-key violation
            return null;
        });
        CompletableFuture<Object> next = queue(() -> {
            store("next");
            return null;
        });
        releaseFirst.countDown();

        assertThat(next).succeedsWithin(30, TimeUnit.SECONDS);
        assertThat(orphan).failsWithin(30, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class).havingCause()
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(storedKeys()).containsExactly("first", "next");
    }

    @Test
    void a_held_back_write_that_fails_at_the_commit_fails_its_caller_as_if_it_had_been_sent_at_once() {
        assertThatThrownBy(() -> runner().inTransaction(() -> {
            tasks().insert(cardOn(ProjectId.generate(T0.toEpochMilli())));
            return null;
        })).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_held_back_update_that_changes_no_row_reports_it_whether_a_statement_follows_or_the_commit() {
        Task card = cardOn(insertBoard());
        tasks().insert(card);
        Task moved = card.movedTo(TaskColumn.QUEUED, "b", T0.plusSeconds(1));
        assertThat(runner().inTransaction(() -> tasks().update(moved, card))).isTrue();
        Task stale = card; // its version is no longer the stored one

        boolean followed = runner().inTransaction(() -> {
            boolean updated = tasks().update(stale.movedTo(TaskColumn.VERIFIED, "c", T0.plusSeconds(2)), stale);
            tasks().findById(card.id());
            return updated;
        });
        boolean last = runner().inTransaction(() -> tasks().update(stale.movedTo(TaskColumn.VERIFIED, "c", T0.plusSeconds(2)), stale));

        assertThat(followed).isFalse();
        assertThat(last).isFalse();
        assertThat(tasks().findById(card.id())).contains(moved);
    }

    private TaskRepository tasks() {
        return store().port(TaskRepository.class);
    }

    private PipelinedWrites pipelinedWrites() {
        return store().port(PipelinedWrites.class);
    }

    private ProjectId insertBoard() {
        Project board = Project.create("Board", "/repos/board-" + System.nanoTime(), null, T0);
        store().port(ProjectRepository.class).insert(board);
        return board.id();
    }

    private static Task cardOn(ProjectId board) {
        return Task.create(board, "card", null, List.of(), TaskPriority.MEDIUM, "a", T0);
    }

    private static JsonText value(String text) {
        return new JsonText("\"" + text + "\"");
    }
}
