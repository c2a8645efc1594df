package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.WorktreeRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.worktree.Worktree;
import dev.agentpane.domain.worktree.WorktreeId;
import dev.agentpane.domain.worktree.WorktreeStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

public class InMemoryWorktreeRepository implements WorktreeRepository, InMemoryStore {
    private static final Comparator<Worktree> NEWEST_FIRST = Comparator.comparing(Worktree::createdAt)
            .thenComparing(worktree -> worktree.id().value()).reversed();

    private final Map<WorktreeId, Worktree> worktrees = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Worktree worktree) {
        worktrees.put(worktree.id(), worktree);
    }

    @Override
    public synchronized boolean update(Worktree worktree) {
        return worktrees.replace(worktree.id(), worktree) != null;
    }

    @Override
    public synchronized Optional<Worktree> findById(WorktreeId id) {
        return Optional.ofNullable(worktrees.get(id));
    }

    @Override
    public synchronized List<Worktree> findByProject(ProjectId projectId) {
        return select(worktree -> worktree.projectId().equals(projectId));
    }

    @Override
    public synchronized List<Worktree> findByTask(String taskId) {
        return select(worktree -> taskId.equals(worktree.taskId()));
    }

    @Override
    public synchronized List<Worktree> findByProjectAndBranch(ProjectId projectId, String branch) {
        return select(worktree -> worktree.projectId().equals(projectId) && worktree.branch().equals(branch));
    }

    @Override
    public synchronized List<Worktree> findByPath(String path) {
        return select(worktree -> worktree.path().equals(path));
    }

    @Override
    public synchronized List<Worktree> findByProjectAndStatusUpdatedBefore(ProjectId projectId, WorktreeStatus status,
            Instant updatedBefore) {
        return select(worktree -> worktree.projectId().equals(projectId) && worktree.status() == status
                && worktree.updatedAt().isBefore(updatedBefore));
    }

    @Override
    public synchronized boolean deleteById(WorktreeId id) {
        return worktrees.remove(id) != null;
    }

    private List<Worktree> select(Predicate<Worktree> filter) {
        return worktrees.values().stream().filter(filter).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(worktrees);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        worktrees.clear();
        worktrees.putAll((Map<WorktreeId, Worktree>) snapshot);
    }

    @Override
    public synchronized void clear() {
        worktrees.clear();
    }
}
