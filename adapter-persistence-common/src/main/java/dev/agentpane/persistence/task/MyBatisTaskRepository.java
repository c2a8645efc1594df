package dev.agentpane.persistence.task;

import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectSummary.TaskCounts;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.persistence.shared.PipelinedWrites;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

public class MyBatisTaskRepository implements TaskRepository {
    /** Three parameters per card: well under the limits of both drivers (SQLite 32,766, PostgreSQL 65,535). */
    private static final int KEYS_PER_STATEMENT = 1_000;
    private final TaskMapper mapper;
    private final TaskRowConverter converter = TaskRowConverter.INSTANCE;
    private final PipelinedWrites pipelinedWrites;

    public MyBatisTaskRepository(TaskMapper mapper, PipelinedWrites pipelinedWrites) {
        this.mapper = mapper;
        this.pipelinedWrites = pipelinedWrites;
    }

    @Override
    public boolean lockBoard(ProjectId projectId) {
        return mapper.lockBoard(projectId.value()) != null;
    }

    @Override
    public Optional<Task> findLockingBoard(TaskId taskId) {
        return Optional.ofNullable(mapper.findLockingBoard(taskId.value())).map(converter::toTask);
    }

    @Override
    public Optional<ColumnEnd> lockBoardAtColumnEnd(ProjectId projectId, TaskColumn column) {
        return Optional.ofNullable(mapper.lockBoardAtColumnEnd(projectId.value(), column.wireValue())).map(MyBatisTaskRepository::columnEnd);
    }

    @Override
    public Optional<MoveReading> findLockingBoardForMove(TaskId taskId, TaskColumn column, int neighboursFrom, int neighbours) {
        MoveReading.checkNeighbours(neighboursFrom, neighbours);
        MoveReadingRow row = mapper.findLockingBoardForMove(taskId.value(), column.wireValue(), neighboursFrom, neighbours);
        if (row == null) {
            return Optional.empty();
        }
        List<String> neighbourKeys = row.firstNeighbourKey() == null ? List.of()
                : row.secondNeighbourKey() == null ? List.of(row.firstNeighbourKey()) : List.of(row.firstNeighbourKey(), row.secondNeighbourKey());
        return Optional.of(new MoveReading(converter.toTask(row.task()), columnEnd(row.columnEnd()), neighbourKeys));
    }

    @Override
    public OptionalLong boardVersion(ProjectId projectId) {
        Long version = mapper.boardVersion(projectId.value());
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    @Override
    public void insert(Task task) {
        TaskRow row = converter.toRow(task);
        pipelinedWrites.expectingOneRow(() -> mapper.insert(row));
    }

    @Override
    public boolean update(Task task, long expectedVersion) {
        return mapper.update(converter.toRow(task), expectedVersion) == 1;
    }

    /**
     * The agent, session and worktree columns are indexed foreign keys: setting them, even to their values, costs. The
     * stored card was read in this transaction, under its board's lock as every writer takes it, so the update is
     * expected to change its row: it may travel with the next statement.
     */
    @Override
    public boolean update(Task task, Task stored) {
        boolean sameReferences = Objects.equals(task.agentId(), stored.agentId()) && Objects.equals(task.sessionId(), stored.sessionId())
                && Objects.equals(task.worktreeId(), stored.worktreeId());
        TaskRow row = converter.toRow(task);
        return pipelinedWrites.expectingOneRow(() -> sameReferences ? mapper.updateKeepingReferences(row, stored.version())
                : mapper.update(row, stored.version())) == 1;
    }

    @Override
    public Optional<Task> findById(TaskId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toTask);
    }

    @Override
    public int positionOf(Task task) {
        return mapper.countBefore(task.projectId().value(), task.column().wireValue(), task.sortKey());
    }

    /** Positions count from 0 in each column; only a page that starts inside a column needs to ask where it starts. */
    @Override
    public List<PositionedTask> findByProject(ProjectId projectId, TaskColumn column, int limit, int offset) {
        List<Task> tasks = mapper.findByProject(projectId.value(), column == null ? null : column.wireValue(), limit, offset)
                .stream().map(converter::toTask).toList();
        List<PositionedTask> positioned = new ArrayList<>(tasks.size());
        TaskColumn current = null;
        int position = 0;
        for (Task task : tasks) {
            if (task.column() != current) {
                current = task.column();
                position = positioned.isEmpty() && offset > 0 ? positionOf(task) : 0;
            }
            positioned.add(new PositionedTask(task, position++));
        }
        return positioned;
    }

    @Override
    public long countByProject(ProjectId projectId, TaskColumn column) {
        return mapper.countByProject(projectId.value(), column == null ? null : column.wireValue());
    }

    @Override
    public List<String> sortKeysInColumn(ProjectId projectId, TaskColumn column, TaskId excluded, int offset, int limit) {
        return mapper.sortKeysInColumn(projectId.value(), column.wireValue(), excluded == null ? null : excluded.value(), offset, limit);
    }

    @Override
    public List<TaskId> idsInColumn(ProjectId projectId, TaskColumn column, TaskId excluded) {
        return mapper.idsInColumn(projectId.value(), column.wireValue(), excluded == null ? null : excluded.value())
                .stream().map(TaskId::of).toList();
    }

    /** Parks the column, then sets the new keys in statements of at most {@value #KEYS_PER_STATEMENT} cards. */
    @Override
    public void rewriteSortKeys(ProjectId projectId, TaskColumn column, List<TaskId> inOrder, List<String> keys) {
        if (inOrder.size() != keys.size()) {
            throw new IllegalArgumentException(inOrder.size() + " cards but " + keys.size() + " keys");
        }
        mapper.parkSortKeys(projectId.value(), column.wireValue());
        for (int from = 0; from < inOrder.size(); from += KEYS_PER_STATEMENT) {
            List<SortKeyAssignment> assignments = new ArrayList<>();
            for (int i = from; i < Math.min(from + KEYS_PER_STATEMENT, inOrder.size()); i++) {
                assignments.add(new SortKeyAssignment(inOrder.get(i).value(), keys.get(i)));
            }
            mapper.setSortKeys(projectId.value(), column.wireValue(), assignments);
        }
    }

    @Override
    public ColumnEnd columnEnd(ProjectId projectId, TaskColumn column) {
        ColumnEndRow end = mapper.columnEnd(projectId.value(), column.wireValue());
        return end == null ? new ColumnEnd(null, 0) : columnEnd(end);
    }

    private static ColumnEnd columnEnd(ColumnEndRow end) {
        return new ColumnEnd(end.lastSortKey(), Math.toIntExact(end.cards()));
    }

    @Override
    public Map<ProjectId, TaskActivity> activityOf(Collection<ProjectId> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<ProjectId, TaskActivity> activity = new HashMap<>();
        for (BoardActivityRow row : mapper.boardActivity(projectIds.stream().map(ProjectId::value).toList())) {
            TaskCounts counts = new TaskCounts(row.backlogCards(), row.queuedCards(), row.inProgressCards(), row.waitingApprovalCards(),
                    row.verifiedCards());
            if (counts.total() > 0) {
                activity.put(ProjectId.of(row.id()), new TaskActivity(counts, row.lastCardChangeAt()));
            }
        }
        return activity;
    }

    @Override
    public boolean deleteById(TaskId id) {
        return mapper.deleteById(id.value()) == 1;
    }
}
