package dev.agentpane.application.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.task.CreateTaskCommand;
import dev.agentpane.application.port.in.task.MoveTaskCommand;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.SortKey;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaskMoveTest {
    private static final Instant NOW = Instant.parse("2026-12-02T03:04:05.678Z");
    private final InMemoryStores stores = new InMemoryStores();
    private final TaskRepository tasks = stores.port(TaskRepository.class);
    private final TaskService board = new TaskService(tasks, stores.port(TransactionRunner.class), Clock.fixed(NOW, ZoneOffset.UTC));
    private final Project project = Project.create("Board", "/repos/board", null, NOW);

    private List<TaskId> createCards(int count) {
        stores.port(ProjectRepository.class).insert(project);
        List<TaskId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(board.create(new CreateTaskCommand(project.id(), "card " + i, null, null, null)).task().id());
        }
        return ids;
    }

    private List<TaskId> column(TaskColumn column) {
        return tasks.findByProject(project.id(), column, 1_000, 0).stream().map(PositionedTask::task).map(Task::id).toList();
    }

    @Test
    void thousands_of_placements_into_the_same_gaps_keep_every_key_short_and_the_order_exact() {
        List<TaskId> ids = createCards(40);
        List<TaskId> expected = new ArrayList<>(ids);
        Random random = new Random(5);
        int longest = 0;
        for (int i = 0; i < 3_000; i++) {
            TaskId card = ids.get(random.nextInt(ids.size()));
            int position = random.nextInt(3);
            PositionedTask moved = board.move(new MoveTaskCommand(card, TaskColumn.BACKLOG, position, null));
            expected.remove(card);
            expected.add(position, card);
            assertThat(moved.position()).isEqualTo(position);
            longest = Math.max(longest, moved.task().sortKey().length());
        }
        assertThat(column(TaskColumn.BACKLOG)).containsExactlyElementsOf(expected);
        assertThat(longest).isLessThanOrEqualTo(SortKey.LONGEST);
        assertThat(ids).allSatisfy(id -> assertThat(tasks.findById(id).orElseThrow().sortKey().length()).isLessThanOrEqualTo(SortKey.LONGEST));
    }

    @Test
    void a_card_created_after_a_key_that_is_already_too_long_gets_a_short_one_at_the_end() {
        List<TaskId> ids = createCards(2);
        Task long_ = Task.create(project.id(), "long", null, null, null, "z".repeat(20), NOW);
        tasks.insert(long_);

        PositionedTask created = board.create(new CreateTaskCommand(project.id(), "new", null, null, null));

        assertThat(created.position()).isEqualTo(3);
        assertThat(created.task().sortKey().length()).isLessThanOrEqualTo(SortKey.LONGEST);
        assertThat(column(TaskColumn.BACKLOG)).containsExactly(ids.get(0), ids.get(1), long_.id(), created.task().id());
        assertThat(tasks.findById(long_.id()).orElseThrow().sortKey().length()).isLessThanOrEqualTo(SortKey.LONGEST);
    }

    @Test
    void spreading_a_column_out_changes_no_other_card_s_version() {
        List<TaskId> ids = createCards(5);
        for (int i = 0; i < 200; i++) {
            board.move(new MoveTaskCommand(ids.get(i % 2), TaskColumn.BACKLOG, 1, null));
        }
        assertThat(ids.subList(2, 5)).allSatisfy(id -> assertThat(tasks.findById(id).orElseThrow().version()).isZero());
    }

    @Test
    void a_move_to_the_end_or_past_it_lands_last_and_one_within_the_column_counts_without_the_card() {
        List<TaskId> ids = createCards(3);
        assertThat(board.move(new MoveTaskCommand(ids.get(0), TaskColumn.BACKLOG, null, null)).position()).isEqualTo(2);
        assertThat(board.move(new MoveTaskCommand(ids.get(2), TaskColumn.BACKLOG, 99, null)).position()).isEqualTo(2);
        assertThat(board.move(new MoveTaskCommand(ids.get(1), TaskColumn.QUEUED, 5, null)).position()).isZero();
        assertThat(column(TaskColumn.BACKLOG)).containsExactly(ids.get(0), ids.get(2));
        assertThat(column(TaskColumn.QUEUED)).containsExactly(ids.get(1));
    }
}
