package dev.agentpane.persistence.worktree;

import java.time.Instant;

/** One row of {@code worktrees}. */
public record WorktreeRow(
        String id,
        String projectId,
        String agentId,
        String taskId,
        String branch,
        String path,
        String baseBranch,
        String status,
        Instant createdAt,
        Instant updatedAt,
        Instant mergedAt,
        Instant removedAt) {
}
