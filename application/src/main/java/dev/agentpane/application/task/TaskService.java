package dev.agentpane.application.task;

import dev.agentpane.application.port.in.task.CreateTaskCommand;
import dev.agentpane.application.port.in.task.CreateTaskUseCase;
import dev.agentpane.application.port.in.task.DeleteTaskUseCase;
import dev.agentpane.application.port.in.task.GetTaskUseCase;
import dev.agentpane.application.port.in.task.ListTasksQuery;
import dev.agentpane.application.port.in.task.ListTasksUseCase;
import dev.agentpane.application.port.in.task.MoveTaskCommand;
import dev.agentpane.application.port.in.task.MoveTaskUseCase;
import dev.agentpane.application.port.in.task.StopTaskAgentUseCase;
import dev.agentpane.application.port.in.task.TaskPage;
import dev.agentpane.application.port.in.task.UpdateTaskCommand;
import dev.agentpane.application.port.in.task.UpdateTaskUseCase;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.task.LastAgentStatus;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.SortKey;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.domain.task.TaskNotFoundException;
import dev.agentpane.domain.task.TaskVersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * The board's use cases. Each write is one transaction that first takes its board's lock, so a column's order is
 * read and changed as one step: positions stay 0..n-1 without gaps or duplicates under any number of concurrent
 * writers, and placing a card writes that card only (see {@link SortKey}).
 */
public class TaskService implements CreateTaskUseCase, GetTaskUseCase, ListTasksUseCase, UpdateTaskUseCase, MoveTaskUseCase,
        DeleteTaskUseCase, StopTaskAgentUseCase {

    private final TaskRepository tasks;
    private final TransactionRunner transactions;
    private final Clock clock;

    public TaskService(TaskRepository tasks, TransactionRunner transactions, Clock clock) {
        this.tasks = tasks;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PositionedTask create(CreateTaskCommand command) {
        return transactions.inTransaction(() -> {
            TaskRepository.ColumnEnd backlog = tasks.lockBoardAtColumnEnd(command.projectId(), TaskColumn.BACKLOG)
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectId()));
            String key = SortKey.between(backlog.lastSortKey(), null);
            if (SortKey.isTooLong(key)) {
                key = keyAt(spreadOut(command.projectId(), TaskColumn.BACKLOG, null), backlog.cards());
            }
            Task task = Task.create(command.projectId(), command.title(), command.description(), command.labels(),
                    command.priority(), key, now());
            tasks.insert(task);
            return new PositionedTask(task, backlog.cards());
        });
    }

    @Override
    public PositionedTask get(TaskId id) {
        Task task = tasks.findById(id).orElseThrow(() -> new TaskNotFoundException(id));
        return new PositionedTask(task, tasks.positionOf(task));
    }

    /** The page and its count are read between two looks at the board version: equal looks vouch for the whole page. */
    @Override
    public TaskPage list(ListTasksQuery query) {
        OptionalLong before = tasks.boardVersion(query.projectId());
        List<PositionedTask> items = tasks.findByProject(query.projectId(), query.column(), query.limit(), query.offset());
        long totalCount = items.size() < query.limit() && query.offset() == 0 ? items.size() : tasks.countByProject(query.projectId(), query.column());
        OptionalLong after = tasks.boardVersion(query.projectId());
        Long version = before.isPresent() && before.equals(after) ? before.getAsLong() : null;
        return new TaskPage(items, totalCount, version);
    }

    @Override
    public PositionedTask update(UpdateTaskCommand command) {
        return change(command.id(), command.expectedVersion(), task -> task.withDetails(command.title(), command.description(),
                command.labels(), command.priority(), now()));
    }

    @Override
    public PositionedTask move(MoveTaskCommand command) {
        return transactions.inTransaction(() -> {
            TaskColumn column = command.column();
            Integer wanted = command.position();
            // The keys around the wanted place are read with the card, in case the place is inside the column.
            TaskRepository.MoveReading reading = tasks.findLockingBoardForMove(command.id(), column,
                    wanted == null ? 0 : Math.max(wanted - 1, 0), wanted == null ? 0 : wanted == 0 ? 1 : 2)
                    .orElseThrow(() -> new TaskNotFoundException(command.id()));
            Task current = checked(reading.task(), command.expectedVersion());
            ProjectId project = current.projectId();
            TaskRepository.ColumnEnd end = reading.columnEnd();
            int others = end.cards() - (current.column() == column ? 1 : 0);
            int position = wanted == null ? others : Math.min(wanted, others);
            // At the end the column's last key is the one to follow, even when it is the card's own (it leaves it).
            // Inside the column the place is the wanted one, whose neighbours were read.
            String key = position == others
                    ? SortKey.between(end.lastSortKey(), null)
                    : keyFromNeighbours(reading.neighbourKeys(), position);
            if (SortKey.isTooLong(key)) {
                key = keyAt(spreadOut(project, column, current.id()), position);
            }
            Task moved = current.movedTo(column, key, now());
            store(moved, current);
            return new PositionedTask(moved, position);
        });
    }

    /**
     * A key for {@code position} inside a column (not at its end), from the keys now at {@code position - 1} and
     * {@code position}; for position 0, from the first key alone.
     */
    private static String keyFromNeighbours(List<String> neighbours, int position) {
        return position == 0 ? SortKey.between(null, neighbours.get(0)) : SortKey.between(neighbours.get(0), neighbours.get(1));
    }

    /** Gives the column's cards, but the one being placed, evenly spaced short keys (see {@link SortKey#LONGEST}); returns them. */
    private List<String> spreadOut(ProjectId project, TaskColumn column, TaskId placed) {
        List<TaskId> inOrder = tasks.idsInColumn(project, column, placed);
        List<String> keys = SortKey.spread(inOrder.size());
        tasks.rewriteSortKeys(project, column, inOrder, keys);
        return keys;
    }

    @Override
    public void delete(TaskId id) {
        transactions.inTransaction(() -> {
            lockedTask(id, null);
            tasks.deleteById(id);
        });
    }

    @Override
    public PositionedTask stopAgent(TaskId id) {
        return change(id, null, task -> task.withAgentReleased(LastAgentStatus.CANCELLED, now()));
    }

    private PositionedTask change(TaskId id, Long expectedVersion, UnaryOperator<Task> change) {
        return transactions.inTransaction(() -> {
            Task current = lockedTask(id, expectedVersion);
            Task changed = change.apply(current);
            store(changed, current);
            return new PositionedTask(changed, tasks.positionOf(changed));
        });
    }

    /** The task as it is once this transaction holds its board, checked against the version the caller expects. */
    private Task lockedTask(TaskId id, Long expectedVersion) {
        return checked(tasks.findLockingBoard(id).orElseThrow(() -> new TaskNotFoundException(id)), expectedVersion);
    }

    private static Task checked(Task current, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new TaskVersionConflictException(current.id(), expectedVersion, current.version());
        }
        return current;
    }

    private void store(Task changed, Task current) {
        if (!tasks.update(changed, current)) {
            // Cannot happen while every writer takes the board lock; fail loudly rather than lose a write.
            throw new IllegalStateException("Task " + current.id() + " changed while its board was locked");
        }
    }

    /** A key that puts a card at {@code position} among {@code keys} (a column's keys in order, without the card). */
    private static String keyAt(List<String> keys, int position) {
        return SortKey.between(position == 0 ? null : keys.get(position - 1), position == keys.size() ? null : keys.get(position));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
