package dev.agentpane.persistence.task;

import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectSummary.TaskCounts;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class MyBatisTaskRepository implements TaskRepository {
    private final TaskMapper mapper;
    private final TaskRowConverter converter = TaskRowConverter.INSTANCE;

    public MyBatisTaskRepository(TaskMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean lockBoard(ProjectId projectId) {
        return mapper.lockBoard(projectId.value()) != null;
    }

    @Override
    public void insert(Task task) {
        mapper.insert(converter.toRow(task));
    }

    @Override
    public boolean update(Task task, long expectedVersion) {
        return mapper.update(converter.toRow(task), expectedVersion) == 1;
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
    public List<String> sortKeysInColumn(ProjectId projectId, TaskColumn column, TaskId excluded) {
        return mapper.sortKeysInColumn(projectId.value(), column.wireValue(), excluded == null ? null : excluded.value());
    }

    @Override
    public Map<ProjectId, TaskActivity> activityOf(Collection<ProjectId> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<ProjectId, EnumMap<TaskColumn, Long>> counts = new HashMap<>();
        Map<ProjectId, Instant> latest = new HashMap<>();
        for (TaskColumnCountRow row : mapper.countByColumn(projectIds.stream().map(ProjectId::value).toList())) {
            ProjectId projectId = ProjectId.of(row.projectId());
            counts.computeIfAbsent(projectId, key -> new EnumMap<>(TaskColumn.class)).put(TaskColumn.parse(row.boardColumn()), row.taskCount());
            latest.merge(projectId, row.lastUpdatedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<ProjectId, TaskActivity> activity = new HashMap<>();
        counts.forEach((projectId, byColumn) -> activity.put(projectId, new TaskActivity(new TaskCounts(
                byColumn.getOrDefault(TaskColumn.BACKLOG, 0L), byColumn.getOrDefault(TaskColumn.QUEUED, 0L),
                byColumn.getOrDefault(TaskColumn.IN_PROGRESS, 0L), byColumn.getOrDefault(TaskColumn.WAITING_APPROVAL, 0L),
                byColumn.getOrDefault(TaskColumn.VERIFIED, 0L)), latest.get(projectId))));
        return activity;
    }

    @Override
    public boolean deleteById(TaskId id) {
        return mapper.deleteById(id.value()) == 1;
    }
}
