package dev.agentpane.persistence.plan;

import java.time.Instant;

/** One row of {@code plan_sessions}; {@code turns} is the JSON text of the turns column. */
public record PlanSessionRow(
        String id,
        String taskId,
        String projectId,
        String status,
        String turns,
        String githubIssueUrl,
        Integer githubIssueNumber,
        Instant createdAt,
        Instant completedAt,
        Instant updatedAt) {
}
