package dev.agentpane.application.port.out;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.worktree.Worktree;
import dev.agentpane.domain.worktree.WorktreeId;
import dev.agentpane.domain.worktree.WorktreeStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every list is newest first (ties: id, newest first); removed worktrees stay listed until deleted. */
public interface WorktreeRepository {
    void insert(Worktree worktree);

    /** Stores every field of an existing worktree; returns false when no worktree has its id. */
    boolean update(Worktree worktree);

    Optional<Worktree> findById(WorktreeId id);

    List<Worktree> findByProject(ProjectId projectId);

    List<Worktree> findByTask(String taskId);

    /** The project's worktrees on this branch (the branch must not exist yet when a worktree is created). */
    List<Worktree> findByProjectAndBranch(ProjectId projectId, String branch);

    /** The worktrees whose directory is {@code path}. */
    List<Worktree> findByPath(String path);

    /** The project's worktrees in {@code status} not updated since {@code updatedBefore}, exclusive: what prune removes. */
    List<Worktree> findByProjectAndStatusUpdatedBefore(ProjectId projectId, WorktreeStatus status, Instant updatedBefore);

    /** Returns false when no worktree has the id. */
    boolean deleteById(WorktreeId id);
}
