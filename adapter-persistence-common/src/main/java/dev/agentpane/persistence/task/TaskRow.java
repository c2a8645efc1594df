package dev.agentpane.persistence.task;

import java.time.Instant;

/** One row of {@code tasks}; JSON columns as text. */
public record TaskRow(
        String id,
        String projectId,
        String agentId,
        String sessionId,
        String worktreeId,
        String title,
        String description,
        String boardColumn,
        String sortKey,
        String labels,
        String priority,
        String branch,
        String diffSummary,
        Instant approvedAt,
        String approvedBy,
        Integer rejectionCount,
        String rejectionReason,
        String modelOverride,
        String planOptions,
        String plan,
        String lastAgentStatus,
        Long version,
        Instant createdAt,
        Instant updatedAt,
        Instant startedAt,
        Instant completedAt) {
}
