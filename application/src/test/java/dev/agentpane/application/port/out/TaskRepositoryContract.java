package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.port.out.TaskRepository.TaskActivity;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentType;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectSummary.TaskCounts;
import dev.agentpane.domain.task.DiffSummary;
import dev.agentpane.domain.task.LastAgentStatus;
import dev.agentpane.domain.task.PlanOptions;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.domain.task.TaskPriority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TaskRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class TaskRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.089Z");
    private Project project;
    private Project otherProject;

    private TaskRepository tasks() {
        return port(TaskRepository.class);
    }

    @BeforeEach
    void createProjects() {
        project = Project.create("Board", "/repos/board", null, T0);
        otherProject = Project.create("Other", "/repos/other", null, T0);
        port(ProjectRepository.class).insert(project);
        port(ProjectRepository.class).insert(otherProject);
    }

    private Task task(ProjectId projectId, String title, TaskColumn column, String sortKey, Instant at) {
        Task created = Task.create(projectId, title, null, List.of(), TaskPriority.MEDIUM, sortKey, at);
        return column == TaskColumn.BACKLOG ? created : withColumn(created, column);
    }

    private static Task withColumn(Task task, TaskColumn column) {
        return new Task(task.id(), task.projectId(), task.agentId(), task.sessionId(), task.worktreeId(), task.title(),
                task.description(), column, task.sortKey(), task.labels(), task.priority(), task.branch(), task.diffSummary(),
                task.approvedAt(), task.approvedBy(), task.rejectionCount(), task.rejectionReason(), task.modelOverride(),
                task.planOptions(), task.plan(), task.lastAgentStatus(), task.version(), task.createdAt(), task.updatedAt(),
                task.startedAt(), task.completedAt());
    }

    private static Task renamed(Task task, String title, long version, Instant at) {
        return new Task(task.id(), task.projectId(), task.agentId(), task.sessionId(), task.worktreeId(), title, task.description(),
                task.column(), task.sortKey(), task.labels(), task.priority(), task.branch(), task.diffSummary(), task.approvedAt(),
                task.approvedBy(), task.rejectionCount(), task.rejectionReason(), task.modelOverride(), task.planOptions(),
                task.plan(), task.lastAgentStatus(), version, task.createdAt(), at, task.startedAt(), task.completedAt());
    }

    @Test
    void a_fully_populated_task_reads_back_equal() {
        Agent agent = Agent.create(project.id(), "Worker", AgentType.TASK, null, T0);
        port(AgentRepository.class).insert(agent);
        Task task = new Task(TaskId.of("Task_id-1"), project.id(), agent.id(), null, null, "Ünïcødé ✓ " + "t".repeat(480),
                "d".repeat(Task.DESCRIPTION_MAX), TaskColumn.WAITING_APPROVAL, "a1", List.of("bug", "ü-label", "x".repeat(50)),
                TaskPriority.HIGH, "agent/feature-1", new DiffSummary(3, 9_007_199_254_740_993L, 0), T0.plusMillis(1), "reviewer",
                2, "not yet", "claude-opus-4-5",
                new PlanOptions(List.of(new PlanOptions.AllowedPrompt("Bash", "run the tests")), "sdk-session-1"),
                "# Plan\n- step ✓", LastAgentStatus.TURN_LIMIT, 7, T0, T0.plusMillis(2), T0.plusMillis(3), T0.plusMillis(4));

        tasks().insert(task);

        assertThat(tasks().findById(task.id())).contains(task);
    }

    @Test
    void a_minimal_task_reads_back_with_absent_optionals() {
        Task task = Task.create(project.id(), "Minimal", null, null, null, "V", T0);
        tasks().insert(task);

        Task read = tasks().findById(task.id()).orElseThrow();
        assertThat(read).isEqualTo(task);
        assertThat(read.labels()).isEmpty();
        assertThat(read.priority()).isEqualTo(TaskPriority.MEDIUM);
        assertThat(read.planOptions()).isNull();
        assertThat(read.agentId()).isNull();
    }

    @Test
    void an_update_succeeds_only_against_the_expected_version() {
        Task task = task(project.id(), "Original", TaskColumn.BACKLOG, "V", T0);
        tasks().insert(task);
        Task renamed = renamed(task, "Renamed", 1, T0.plusSeconds(1));

        assertThat(tasks().update(renamed, 0)).isTrue();
        assertThat(tasks().update(renamed(task, "Stale", 1, T0.plusSeconds(2)), 0)).isFalse();

        assertThat(tasks().findById(task.id())).contains(renamed);
        assertThat(tasks().update(renamed(task(project.id(), "Ghost", TaskColumn.BACKLOG, "W", T0), "x", 1, T0), 0)).isFalse();
    }

    @Test
    void a_board_lists_column_by_column_in_key_order_with_dense_positions() {
        List<Task> inserted = new ArrayList<>();
        inserted.add(task(project.id(), "queued b", TaskColumn.QUEUED, "b", T0));
        inserted.add(task(project.id(), "backlog c", TaskColumn.BACKLOG, "c", T0));
        inserted.add(task(project.id(), "backlog a", TaskColumn.BACKLOG, "a", T0));
        inserted.add(task(project.id(), "verified z", TaskColumn.VERIFIED, "z", T0));
        inserted.add(task(project.id(), "backlog B", TaskColumn.BACKLOG, "B", T0));
        inserted.add(task(project.id(), "queued a", TaskColumn.QUEUED, "a", T0));
        inserted.add(task(otherProject.id(), "elsewhere", TaskColumn.BACKLOG, "A", T0));
        inserted.forEach(tasks()::insert);

        assertThat(titlesWithPositions(tasks().findByProject(project.id(), null, 50, 0)))
                .containsExactly("backlog B@0", "backlog a@1", "backlog c@2", "queued a@0", "queued b@1", "verified z@0");
        assertThat(titlesWithPositions(tasks().findByProject(project.id(), null, 3, 2)))
                .containsExactly("backlog c@2", "queued a@0", "queued b@1");
        assertThat(titlesWithPositions(tasks().findByProject(project.id(), TaskColumn.QUEUED, 50, 1))).containsExactly("queued b@1");
        assertThat(tasks().countByProject(project.id(), null)).isEqualTo(6);
        assertThat(tasks().countByProject(project.id(), TaskColumn.BACKLOG)).isEqualTo(3);
        assertThat(tasks().positionOf(inserted.get(1))).isEqualTo(2);
        assertThat(tasks().sortKeysInColumn(project.id(), TaskColumn.BACKLOG, null, 0, 50)).containsExactly("B", "a", "c");
        assertThat(tasks().sortKeysInColumn(project.id(), TaskColumn.BACKLOG, inserted.get(2).id(), 0, 50)).containsExactly("B", "c");
        assertThat(tasks().sortKeysInColumn(project.id(), TaskColumn.BACKLOG, null, 1, 2)).containsExactly("a", "c");
        assertThat(tasks().sortKeysInColumn(project.id(), TaskColumn.BACKLOG, inserted.get(2).id(), 1, 2)).containsExactly("c");
        assertThat(tasks().sortKeysInColumn(project.id(), TaskColumn.BACKLOG, null, 3, 2)).isEmpty();
        assertThat(tasks().idsInColumn(project.id(), TaskColumn.BACKLOG, inserted.get(1).id()))
                .containsExactly(inserted.get(4).id(), inserted.get(2).id());
    }

    @Test
    void an_update_from_the_stored_task_writes_changed_references_and_keeps_unchanged_ones() {
        Agent agent = Agent.create(project.id(), "Worker", AgentType.TASK, null, T0);
        port(AgentRepository.class).insert(agent);
        Task created = task(project.id(), "card", TaskColumn.BACKLOG, "a", T0);
        Task stored = new Task(created.id(), project.id(), agent.id(), null, null, "card", null, TaskColumn.BACKLOG, "a", List.of(),
                TaskPriority.MEDIUM, null, null, null, null, 0, null, null, null, null, null, 0, T0, T0, null, null);
        tasks().insert(stored);

        Task moved = stored.movedTo(TaskColumn.QUEUED, "b", T0.plusSeconds(1));
        assertThat(tasks().update(moved, stored)).isTrue();
        assertThat(tasks().findById(stored.id())).contains(moved);
        assertThat(tasks().update(moved.movedTo(TaskColumn.VERIFIED, "c", T0.plusSeconds(2)), stored)).as("stale").isFalse();

        Task released = moved.withAgentReleased(LastAgentStatus.CANCELLED, T0.plusSeconds(3));
        assertThat(released.agentId()).isNull();
        assertThat(tasks().update(released, moved)).isTrue();
        assertThat(tasks().findById(stored.id())).contains(released);
    }

    @Test
    void rewriting_a_columns_keys_keeps_its_order_and_versions_and_frees_the_old_keys_for_the_card_being_placed() {
        Task b = task(project.id(), "b", TaskColumn.QUEUED, "b", T0);
        Task a = task(project.id(), "a", TaskColumn.QUEUED, "a", T0);
        Task c = task(project.id(), "c", TaskColumn.QUEUED, "c", T0);
        Task elsewhere = task(project.id(), "elsewhere", TaskColumn.BACKLOG, "a", T0);
        List.of(b, a, c, elsewhere).forEach(tasks()::insert);
        long boardVersion = tasks().boardVersion(project.id()).orElseThrow();

        // b is being placed: the others get new keys, among them b's old one, which must not clash
        tasks().rewriteSortKeys(project.id(), TaskColumn.QUEUED, List.of(a.id(), c.id()), List.of("b", "x"));
        assertThat(tasks().update(b.movedTo(TaskColumn.QUEUED, "c", T0.plusSeconds(1)), b.version())).isTrue();

        assertThat(titlesWithPositions(tasks().findByProject(project.id(), TaskColumn.QUEUED, 50, 0))).containsExactly("a@0", "b@1", "c@2");
        assertThat(tasks().findById(a.id()).orElseThrow().sortKey()).isEqualTo("b");
        assertThat(tasks().findById(a.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("sortKey").isEqualTo(a);
        assertThat(tasks().findById(c.id()).orElseThrow().sortKey()).isEqualTo("x");
        assertThat(tasks().findById(c.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("sortKey").isEqualTo(c);
        assertThat(tasks().findById(elsewhere.id())).contains(elsewhere);
        assertThat(tasks().boardVersion(project.id()).orElseThrow()).isGreaterThan(boardVersion);

        // every card listed (a create appends after the rewrite): the column keeps its order under the new keys
        Task placed = tasks().findById(b.id()).orElseThrow();
        tasks().rewriteSortKeys(project.id(), TaskColumn.QUEUED, List.of(a.id(), b.id(), c.id()), List.of("F", "V", "k"));
        assertThat(titlesWithPositions(tasks().findByProject(project.id(), TaskColumn.QUEUED, 50, 0))).containsExactly("a@0", "b@1", "c@2");
        assertThat(tasks().findById(b.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("sortKey").isEqualTo(placed);
        assertThat(tasks().sortKeysInColumn(project.id(), TaskColumn.QUEUED, null, 0, 10)).containsExactly("F", "V", "k");
    }

    @Test
    void activity_counts_every_column_of_every_project_and_finds_the_latest_change() {
        tasks().insert(task(project.id(), "one", TaskColumn.BACKLOG, "a", T0));
        tasks().insert(task(project.id(), "two", TaskColumn.BACKLOG, "b", T0.plusSeconds(5)));
        tasks().insert(task(project.id(), "three", TaskColumn.WAITING_APPROVAL, "a", T0.plusSeconds(2)));
        tasks().insert(task(otherProject.id(), "four", TaskColumn.VERIFIED, "a", T0.plusSeconds(9)));
        Project empty = Project.create("Empty", "/repos/empty", null, T0);
        port(ProjectRepository.class).insert(empty);

        Map<ProjectId, TaskActivity> activity = tasks().activityOf(List.of(project.id(), otherProject.id(), empty.id()));

        assertThat(activity).containsOnlyKeys(project.id(), otherProject.id());
        assertThat(activity.get(project.id())).isEqualTo(new TaskActivity(new TaskCounts(2, 0, 0, 1, 0), T0.plusSeconds(5)));
        assertThat(activity.get(otherProject.id()).counts().total()).isEqualTo(1);
        assertThat(tasks().activityOf(List.of())).isEmpty();
    }

    @Test
    void activity_follows_cards_between_columns_and_remembers_a_deleted_cards_change() {
        Task moving = task(project.id(), "moving", TaskColumn.BACKLOG, "a", T0);
        Task newest = task(project.id(), "newest", TaskColumn.BACKLOG, "b", T0.plusSeconds(9));
        tasks().insert(moving);
        tasks().insert(newest);
        Task moved = withColumn(renamed(moving, "moved", 1, T0.plusSeconds(3)), TaskColumn.VERIFIED);
        tasks().update(moved, 0);
        tasks().deleteById(newest.id());

        assertThat(tasks().activityOf(List.of(project.id())).get(project.id()))
                .isEqualTo(new TaskActivity(new TaskCounts(0, 0, 0, 0, 1), T0.plusSeconds(9)));
        tasks().deleteById(moving.id());
        assertThat(tasks().activityOf(List.of(project.id()))).as("no cards left").isEmpty();
    }

    @Test
    void the_board_lock_tells_whether_the_project_exists() {
        assertThat(transactions().inTransaction(() -> tasks().lockBoard(project.id()))).isTrue();
        assertThat(transactions().inTransaction(() -> tasks().lockBoard(ProjectId.of("no-such-project")))).isFalse();
    }

    @Test
    void two_cards_of_a_column_cannot_share_a_sort_key() {
        tasks().insert(task(project.id(), "first", TaskColumn.BACKLOG, "V", T0));
        tasks().insert(task(project.id(), "other column", TaskColumn.QUEUED, "V", T0));
        tasks().insert(task(otherProject.id(), "other board", TaskColumn.BACKLOG, "V", T0));

        assertThatThrownBy(() -> tasks().insert(task(project.id(), "second", TaskColumn.BACKLOG, "V", T0)))
                .isInstanceOf(RuntimeException.class);
        assertThat(tasks().countByProject(project.id(), TaskColumn.BACKLOG)).isEqualTo(1);
    }

    @Test
    void a_deleted_task_is_gone_and_deleting_twice_reports_false() {
        Task task = task(project.id(), "Doomed", TaskColumn.BACKLOG, "V", T0);
        tasks().insert(task);

        assertThat(tasks().deleteById(task.id())).isTrue();
        assertThat(tasks().findById(task.id())).isEmpty();
        assertThat(tasks().deleteById(task.id())).isFalse();
    }

    @Test
    void the_board_version_moves_on_with_every_change_of_a_card_and_only_then() {
        assertThat(tasks().boardVersion(ProjectId.of("no-such-project"))).isEmpty();
        long start = tasks().boardVersion(project.id()).orElseThrow();
        long otherStart = tasks().boardVersion(otherProject.id()).orElseThrow();

        Task task = task(project.id(), "Card", TaskColumn.BACKLOG, "V", T0);
        tasks().insert(task);
        long afterInsert = tasks().boardVersion(project.id()).orElseThrow();
        tasks().findByProject(project.id(), null, 50, 0);
        tasks().countByProject(project.id(), null);
        assertThat(tasks().boardVersion(project.id())).as("reads change nothing").hasValue(afterInsert);

        tasks().update(renamed(task, "Renamed", 1, T0.plusSeconds(1)), 0);
        long afterUpdate = tasks().boardVersion(project.id()).orElseThrow();
        tasks().deleteById(task.id());
        long afterDelete = tasks().boardVersion(project.id()).orElseThrow();

        assertThat(start).isLessThan(afterInsert);
        assertThat(afterInsert).isLessThan(afterUpdate);
        assertThat(afterUpdate).isLessThan(afterDelete);
        assertThat(tasks().boardVersion(otherProject.id())).as("another board").hasValue(otherStart);
    }

    @Test
    void a_rolled_back_change_leaves_the_board_version_as_it_was() {
        long before = tasks().boardVersion(project.id()).orElseThrow();
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            tasks().insert(task(project.id(), "Lost", TaskColumn.BACKLOG, "V", T0));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tasks().boardVersion(project.id())).hasValue(before);
    }

    @Test
    void the_end_of_a_column_is_its_greatest_key_and_its_number_of_cards() {
        assertThat(tasks().columnEnd(project.id(), TaskColumn.BACKLOG)).isEqualTo(new TaskRepository.ColumnEnd(null, 0));
        tasks().insert(task(project.id(), "b", TaskColumn.BACKLOG, "b", T0));
        tasks().insert(task(project.id(), "B", TaskColumn.BACKLOG, "B", T0));
        tasks().insert(task(project.id(), "z elsewhere", TaskColumn.QUEUED, "z", T0));
        tasks().insert(task(otherProject.id(), "z other board", TaskColumn.BACKLOG, "z", T0));

        assertThat(tasks().columnEnd(project.id(), TaskColumn.BACKLOG)).as("byte order: 'b' after 'B'")
                .isEqualTo(new TaskRepository.ColumnEnd("b", 2));
        assertThat(tasks().columnEnd(project.id(), TaskColumn.QUEUED)).isEqualTo(new TaskRepository.ColumnEnd("z", 1));
    }

    @Test
    void a_task_is_read_with_its_board_locked_in_one_step() {
        Task task = task(project.id(), "Card", TaskColumn.BACKLOG, "V", T0);
        tasks().insert(task);
        Task moved = task.movedTo(TaskColumn.QUEUED, "W", T0.plusSeconds(1));
        assertThat(transactions().inTransaction(() -> tasks().update(moved, task))).isTrue();

        assertThat(transactions().inTransaction(() -> tasks().findLockingBoard(task.id()))).contains(moved);
        assertThat(transactions().inTransaction(() -> tasks().findLockingBoard(TaskId.of("no-such-task")))).isEmpty();
    }

    @Test
    void a_move_reads_the_locked_card_the_target_columns_end_and_the_keys_around_its_place_in_one_step() {
        Task moving = task(project.id(), "moving", TaskColumn.QUEUED, "M", T0);
        tasks().insert(moving);
        for (String key : List.of("B", "a", "c")) { // queued in the order B, M (moving), a, c
            tasks().insert(task(project.id(), "queued " + key, TaskColumn.QUEUED, key, T0));
        }
        tasks().insert(task(project.id(), "backlog", TaskColumn.BACKLOG, "z", T0));
        tasks().insert(task(otherProject.id(), "other board", TaskColumn.QUEUED, "b", T0));
        TaskRepository.ColumnEnd queuedEnd = new TaskRepository.ColumnEnd("c", 4);

        assertThat(readForMove(moving.id(), TaskColumn.QUEUED, 0, 1))
                .isEqualTo(new TaskRepository.MoveReading(moving, queuedEnd, List.of("B")));
        assertThat(readForMove(moving.id(), TaskColumn.QUEUED, 1, 2)).as("the moving card left out")
                .isEqualTo(new TaskRepository.MoveReading(moving, queuedEnd, List.of("a", "c")));
        assertThat(readForMove(moving.id(), TaskColumn.QUEUED, 2, 2)).as("only the keys that exist")
                .isEqualTo(new TaskRepository.MoveReading(moving, queuedEnd, List.of("c")));
        assertThat(readForMove(moving.id(), TaskColumn.QUEUED, 3, 2).neighbourKeys()).isEmpty();
        assertThat(readForMove(moving.id(), TaskColumn.BACKLOG, 0, 0)).as("another column, no neighbours asked for")
                .isEqualTo(new TaskRepository.MoveReading(moving, new TaskRepository.ColumnEnd("z", 1), List.of()));
        assertThat(readForMove(moving.id(), TaskColumn.VERIFIED, 0, 2))
                .isEqualTo(new TaskRepository.MoveReading(moving, new TaskRepository.ColumnEnd(null, 0), List.of()));
        assertThat(transactions().inTransaction(() -> tasks().findLockingBoardForMove(TaskId.of("no-such-task"), TaskColumn.QUEUED, 0, 2)))
                .isEmpty();
        assertThatThrownBy(() -> tasks().findLockingBoardForMove(moving.id(), TaskColumn.QUEUED, 0, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private TaskRepository.MoveReading readForMove(TaskId id, TaskColumn column, int neighboursFrom, int neighbours) {
        return transactions().inTransaction(() -> tasks().findLockingBoardForMove(id, column, neighboursFrom, neighbours)).orElseThrow();
    }

    @Test
    void a_new_card_reads_its_columns_end_with_the_board_locked_in_one_step() {
        tasks().insert(task(project.id(), "b", TaskColumn.BACKLOG, "b", T0));
        tasks().insert(task(project.id(), "B", TaskColumn.BACKLOG, "B", T0));
        tasks().insert(task(otherProject.id(), "z other board", TaskColumn.BACKLOG, "z", T0));

        assertThat(transactions().inTransaction(() -> tasks().lockBoardAtColumnEnd(project.id(), TaskColumn.BACKLOG)))
                .contains(new TaskRepository.ColumnEnd("b", 2));
        assertThat(transactions().inTransaction(() -> tasks().lockBoardAtColumnEnd(project.id(), TaskColumn.QUEUED)))
                .contains(new TaskRepository.ColumnEnd(null, 0));
        assertThat(transactions().inTransaction(() -> tasks().lockBoardAtColumnEnd(ProjectId.of("no-such-project"), TaskColumn.BACKLOG)))
                .isEmpty();
    }

    @Test
    void a_failed_transaction_stores_no_task() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            tasks().insert(task(project.id(), "Lost", TaskColumn.BACKLOG, "V", T0));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tasks().countByProject(project.id(), null)).isZero();
    }

    private static List<String> titlesWithPositions(List<PositionedTask> tasks) {
        return tasks.stream().map(positioned -> positioned.task().title() + "@" + positioned.position()).toList();
    }
}
