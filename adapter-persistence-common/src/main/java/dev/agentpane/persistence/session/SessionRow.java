package dev.agentpane.persistence.session;

import java.time.Instant;

/** One row of {@code sessions}. */
public record SessionRow(
        String id,
        String projectId,
        String taskId,
        String agentId,
        String status,
        String title,
        String url,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt) {
}
