package dev.agentpane.domain.task;

import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.EntityId;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A card on the kanban board. Its place in its column is {@link #sortKey} (see {@link SortKey}); {@link #version}
 * grows with every change, for optimistic concurrency.
 *
 * @param sessionId  the task's current session, if any
 * @param worktreeId the task's git worktree, if any
 */
public record Task(
        TaskId id,
        ProjectId projectId,
        AgentId agentId,
        String sessionId,
        String worktreeId,
        String title,
        String description,
        TaskColumn column,
        String sortKey,
        List<String> labels,
        TaskPriority priority,
        String branch,
        DiffSummary diffSummary,
        Instant approvedAt,
        String approvedBy,
        int rejectionCount,
        String rejectionReason,
        String modelOverride,
        PlanOptions planOptions,
        String plan,
        LastAgentStatus lastAgentStatus,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant startedAt,
        Instant completedAt) {

    public static final int TITLE_MAX = 500;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int LABELS_MAX = 20;
    public static final int LABEL_MAX = 50;

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        if (sessionId != null) {
            EntityId.require(sessionId, "sessionId");
        }
        if (worktreeId != null) {
            EntityId.require(worktreeId, "worktreeId");
        }
        title = Text.required(title, TITLE_MAX, "Title");
        description = Text.optional(description, DESCRIPTION_MAX, "Description");
        Objects.requireNonNull(column, "column");
        SortKey.requireWellFormed(Objects.requireNonNull(sortKey, "sortKey"));
        labels = requireLabels(labels);
        Objects.requireNonNull(priority, "priority");
        if (rejectionCount < 0) {
            throw new ValidationException("rejectionCount must not be negative");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new card in the backlog, at the place {@code sortKey} gives it. */
    public static Task create(ProjectId projectId, String title, String description, List<String> labels, TaskPriority priority,
            String sortKey, Instant now) {
        return new Task(TaskId.generate(now.toEpochMilli()), projectId, null, null, null, title, description, TaskColumn.BACKLOG,
                sortKey, labels == null ? List.of() : labels, priority == null ? TaskPriority.MEDIUM : priority, null, null, null,
                null, 0, null, null, null, null, null, 0, now, now, null, null);
    }

    /** The present (non-null) details replace the stored ones. */
    public Task withDetails(String newTitle, String newDescription, List<String> newLabels, TaskPriority newPriority, Instant now) {
        return new Task(id, projectId, agentId, sessionId, worktreeId, newTitle == null ? title : newTitle,
                newDescription == null ? description : newDescription, column, sortKey, newLabels == null ? labels : newLabels,
                newPriority == null ? priority : newPriority, branch, diffSummary, approvedAt, approvedBy, rejectionCount,
                rejectionReason, modelOverride, planOptions, plan, lastAgentStatus, version + 1, createdAt, now, startedAt,
                completedAt);
    }

    /** The card at {@code newSortKey} in {@code target}; entering in_progress starts it, entering verified completes it. */
    public Task movedTo(TaskColumn target, String newSortKey, Instant now) {
        return new Task(id, projectId, agentId, sessionId, worktreeId, title, description, target, newSortKey, labels, priority,
                branch, diffSummary, approvedAt, approvedBy, rejectionCount, rejectionReason, modelOverride, planOptions, plan,
                lastAgentStatus, version + 1, createdAt, now, target == TaskColumn.IN_PROGRESS ? now : startedAt,
                target == TaskColumn.VERIFIED ? now : completedAt);
    }

    /** No agent works on the task any more; how the last run ended is {@code status}. */
    public Task withAgentReleased(LastAgentStatus status, Instant now) {
        return new Task(id, projectId, null, null, worktreeId, title, description, column, sortKey, labels, priority, branch,
                diffSummary, approvedAt, approvedBy, rejectionCount, rejectionReason, modelOverride, planOptions, plan, status,
                version + 1, createdAt, now, startedAt, completedAt);
    }

    /**
     * The card back in the backlog at {@code newSortKey} after the agent working on it was interrupted (a restart):
     * no agent, no session, no last agent status.
     */
    public Task returnedToBacklog(String newSortKey, Instant now) {
        return new Task(id, projectId, null, null, worktreeId, title, description, TaskColumn.BACKLOG, newSortKey, labels, priority,
                branch, diffSummary, approvedAt, approvedBy, rejectionCount, rejectionReason, modelOverride, planOptions, plan, null,
                version + 1, createdAt, now, startedAt, completedAt);
    }

    private static List<String> requireLabels(List<String> labels) {
        List<String> checked = List.copyOf(Objects.requireNonNull(labels, "labels"));
        if (checked.size() > LABELS_MAX) {
            throw new ValidationException("At most " + LABELS_MAX + " labels are allowed");
        }
        for (String label : checked) {
            Text.required(label, LABEL_MAX, "Label");
        }
        return checked;
    }
}
