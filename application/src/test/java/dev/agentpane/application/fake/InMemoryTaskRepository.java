package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectSummary.TaskCounts;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

public class InMemoryTaskRepository implements TaskRepository, InMemoryStore {
    private static final Comparator<Task> BOARD_ORDER = Comparator.comparing(Task::column).thenComparing(Task::sortKey);
    private final Map<TaskId, Task> tasks = new LinkedHashMap<>();
    private final InMemoryProjectRepository projects;
    /** Board versions of projects whose cards changed; a project without an entry is at version 0. */
    private final Map<ProjectId, Long> boardVersions = new HashMap<>();
    /** The latest updatedAt each project's cards were given, deleted cards included (as the databases keep it). */
    private final Map<ProjectId, Instant> lastCardChanges = new HashMap<>();

    InMemoryTaskRepository(InMemoryProjectRepository projects) {
        this.projects = projects;
    }

    /** The fake's transactions are serialised already; the board lock only checks the project. */
    @Override
    public boolean lockBoard(ProjectId projectId) {
        return projects.findById(projectId).isPresent();
    }

    @Override
    public synchronized OptionalLong boardVersion(ProjectId projectId) {
        return projects.findById(projectId).isPresent() ? OptionalLong.of(boardVersions.getOrDefault(projectId, 0L)) : OptionalLong.empty();
    }

    private void boardChanged(ProjectId projectId) {
        boardVersions.merge(projectId, 1L, Long::sum);
    }

    private void cardChanged(Task card) {
        boardChanged(card.projectId());
        lastCardChanges.merge(card.projectId(), card.updatedAt(), (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public synchronized void insert(Task task) {
        boolean keyTaken = tasks.values().stream().anyMatch(other -> other.projectId().equals(task.projectId())
                && other.column() == task.column() && other.sortKey().equals(task.sortKey()));
        if (keyTaken) {
            throw new IllegalStateException("Two cards of a column may not share sort key " + task.sortKey());
        }
        tasks.put(task.id(), task);
        cardChanged(task);
    }

    @Override
    public synchronized boolean update(Task task, long expectedVersion) {
        Task stored = tasks.get(task.id());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        tasks.put(task.id(), task);
        boardChanged(stored.projectId());
        cardChanged(task);
        return true;
    }

    @Override
    public synchronized Optional<Task> findById(TaskId id) {
        return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public synchronized int positionOf(Task task) {
        return (int) tasks.values().stream()
                .filter(other -> other.projectId().equals(task.projectId()) && other.column() == task.column()
                        && other.sortKey().compareTo(task.sortKey()) < 0)
                .count();
    }

    @Override
    public synchronized List<PositionedTask> findByProject(ProjectId projectId, TaskColumn column, int limit, int offset) {
        return tasks.values().stream()
                .filter(task -> task.projectId().equals(projectId) && (column == null || task.column() == column))
                .sorted(BOARD_ORDER).skip(offset).limit(limit)
                .map(task -> new PositionedTask(task, positionOf(task)))
                .toList();
    }

    @Override
    public synchronized long countByProject(ProjectId projectId, TaskColumn column) {
        return tasks.values().stream().filter(task -> task.projectId().equals(projectId) && (column == null || task.column() == column))
                .count();
    }

    @Override
    public synchronized List<String> sortKeysInColumn(ProjectId projectId, TaskColumn column, TaskId excluded, int offset, int limit) {
        return inColumn(projectId, column, excluded).stream().map(Task::sortKey).skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized List<TaskId> idsInColumn(ProjectId projectId, TaskColumn column, TaskId excluded) {
        return inColumn(projectId, column, excluded).stream().map(Task::id).toList();
    }

    @Override
    public synchronized void rewriteSortKeys(ProjectId projectId, TaskColumn column, List<TaskId> inOrder, List<String> keys) {
        for (int i = 0; i < inOrder.size(); i++) {
            String key = keys.get(i);
            tasks.computeIfPresent(inOrder.get(i), (id, task) -> withSortKey(task, key));
        }
        if (!inOrder.isEmpty()) {
            boardChanged(projectId);
        }
    }

    /** The same card under another key; not a change of the card, so the version and {@code updatedAt} stay. */
    private static Task withSortKey(Task task, String key) {
        return new Task(task.id(), task.projectId(), task.agentId(), task.sessionId(), task.worktreeId(), task.title(), task.description(),
                task.column(), key, task.labels(), task.priority(), task.branch(), task.diffSummary(), task.approvedAt(), task.approvedBy(),
                task.rejectionCount(), task.rejectionReason(), task.modelOverride(), task.planOptions(), task.plan(), task.lastAgentStatus(),
                task.version(), task.createdAt(), task.updatedAt(), task.startedAt(), task.completedAt());
    }

    private List<Task> inColumn(ProjectId projectId, TaskColumn column, TaskId excluded) {
        return tasks.values().stream()
                .filter(task -> task.projectId().equals(projectId) && task.column() == column && !task.id().equals(excluded))
                .sorted(java.util.Comparator.comparing(Task::sortKey)).toList();
    }

    @Override
    public synchronized ColumnEnd columnEnd(ProjectId projectId, TaskColumn column) {
        List<Task> cards = inColumn(projectId, column, null);
        return new ColumnEnd(cards.isEmpty() ? null : cards.get(cards.size() - 1).sortKey(), cards.size());
    }

    @Override
    public synchronized Optional<Task> findLockingBoard(TaskId taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    @Override
    public synchronized Map<ProjectId, TaskActivity> activityOf(Collection<ProjectId> projectIds) {
        Map<ProjectId, TaskActivity> activity = new HashMap<>();
        for (ProjectId projectId : projectIds) {
            List<Task> ofProject = tasks.values().stream().filter(task -> task.projectId().equals(projectId)).toList();
            if (!ofProject.isEmpty()) {
                activity.put(projectId, new TaskActivity(new TaskCounts(count(ofProject, TaskColumn.BACKLOG),
                        count(ofProject, TaskColumn.QUEUED), count(ofProject, TaskColumn.IN_PROGRESS),
                        count(ofProject, TaskColumn.WAITING_APPROVAL), count(ofProject, TaskColumn.VERIFIED)),
                        lastCardChanges.get(projectId)));
            }
        }
        return activity;
    }

    private static long count(List<Task> tasks, TaskColumn column) {
        return tasks.stream().filter(task -> task.column() == column).count();
    }

    @Override
    public synchronized boolean deleteById(TaskId id) {
        Task removed = tasks.remove(id);
        if (removed != null) {
            boardChanged(removed.projectId());
        }
        return removed != null;
    }

    /** The title of a task, for the agent fake's join. */
    synchronized String titleOf(TaskId id) {
        Task task = id == null ? null : tasks.get(id);
        return task == null ? null : task.title();
    }


    @Override
    public synchronized Object snapshot() {
        return new Snapshot(new LinkedHashMap<>(tasks), new HashMap<>(boardVersions), new HashMap<>(lastCardChanges));
    }

    private record Snapshot(Map<TaskId, Task> tasks, Map<ProjectId, Long> boardVersions, Map<ProjectId, Instant> lastCardChanges) {
    }

    @Override
    public synchronized void restore(Object snapshot) {
        Snapshot saved = (Snapshot) snapshot;
        tasks.clear();
        tasks.putAll(saved.tasks());
        boardVersions.clear();
        boardVersions.putAll(saved.boardVersions());
        lastCardChanges.clear();
        lastCardChanges.putAll(saved.lastCardChanges());
    }

    @Override
    public synchronized void clear() {
        tasks.clear();
        boardVersions.clear();
        lastCardChanges.clear();
    }
}
