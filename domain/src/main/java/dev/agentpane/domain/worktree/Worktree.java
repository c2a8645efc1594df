package dev.agentpane.domain.worktree;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.EntityId;
import dev.agentpane.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A git worktree of a project, made for a task's agent. {@link #create} makes a new one, {@link #withId} rebuilds a
 * stored one. The row outlives the directory: removal only marks it {@code removed}.
 *
 * @param agentId id of an agent, or null (agents are their own aggregate)
 * @param taskId  id of a task, or null (tasks are their own aggregate)
 * @param path    absolute path of the worktree's directory
 */
public record Worktree(
        WorktreeId id,
        ProjectId projectId,
        String agentId,
        String taskId,
        String branch,
        String path,
        String baseBranch,
        WorktreeStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant mergedAt,
        Instant removedAt) {

    public static final int BRANCH_MAX = 250;
    public static final int PATH_MAX = Project.PATH_MAX;
    public static final String DEFAULT_BASE_BRANCH = "main";

    public Worktree {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        agentId = agentId == null ? null : EntityId.require(agentId, "agentId");
        taskId = taskId == null ? null : EntityId.require(taskId, "taskId");
        branch = Text.required(branch, BRANCH_MAX, "Branch");
        path = Text.required(path, PATH_MAX, "Path");
        baseBranch = Text.required(baseBranch, BRANCH_MAX, "Base branch");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new worktree, {@code creating} until git and the init steps are done; a null base branch means main. */
    public static Worktree create(ProjectId projectId, String agentId, String taskId, String branch, String path,
            String baseBranch, Instant now) {
        return new Worktree(WorktreeId.generate(now.toEpochMilli()), projectId, agentId, taskId, branch, path,
                baseBranch == null ? DEFAULT_BASE_BRANCH : baseBranch, WorktreeStatus.CREATING, now, now, null, null);
    }

    public static Worktree withId(WorktreeId id, ProjectId projectId, String agentId, String taskId, String branch,
            String path, String baseBranch, WorktreeStatus status, Instant createdAt, Instant updatedAt,
            Instant mergedAt, Instant removedAt) {
        return new Worktree(id, projectId, agentId, taskId, branch, path, baseBranch, status, createdAt, updatedAt,
                mergedAt, removedAt);
    }

    public Worktree withStatus(WorktreeStatus newStatus, Instant now) {
        return new Worktree(id, projectId, agentId, taskId, branch, path, baseBranch, newStatus, createdAt, now,
                mergedAt, removedAt);
    }
}
