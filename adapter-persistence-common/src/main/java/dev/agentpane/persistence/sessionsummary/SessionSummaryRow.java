package dev.agentpane.persistence.sessionsummary;

import java.time.Instant;

/** One row of {@code session_summaries}. */
public record SessionSummaryRow(
        String id,
        String sessionId,
        Long durationMs,
        Integer turnsCount,
        Long tokensUsed,
        Integer filesModified,
        Integer linesAdded,
        Integer linesRemoved,
        String finalStatus,
        Instant updatedAt) {
}
