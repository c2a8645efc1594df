package dev.agentpane.web.session;

import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionsummary.SessionSummary;
import dev.agentpane.web.api.WireJson;

/** A session's summary; before its first event, the original's default figures with {@code id} and {@code updatedAt} null. */
public record SessionSummaryJson(
        String id,
        String sessionId,
        Long durationMs,
        int turnsCount,
        long tokensUsed,
        int filesModified,
        int linesAdded,
        int linesRemoved,
        String finalStatus,
        String updatedAt) {

    public static SessionSummaryJson of(SessionSummary summary) {
        return new SessionSummaryJson(summary.id().value(), summary.sessionId().value(), summary.durationMs(), summary.turnsCount(),
                summary.tokensUsed(), summary.filesModified(), summary.linesAdded(), summary.linesRemoved(),
                summary.finalStatus() == null ? null : summary.finalStatus().wireValue(), WireJson.instant(summary.updatedAt()));
    }

    public static SessionSummaryJson empty(SessionId sessionId) {
        return new SessionSummaryJson(null, sessionId.value(), null, 0, 0, 0, 0, 0, null, null);
    }
}
