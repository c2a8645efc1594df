package dev.agentpane.domain.sessionsummary;

import dev.agentpane.domain.session.SessionId;
import java.time.Instant;
import java.util.Objects;

/**
 * The figures of one session (at most one summary per session). {@link #create} makes the all-zero summary the
 * original inserts on a session's first event; {@link #withId} rebuilds a stored one.
 *
 * @param durationMs  null until known
 * @param finalStatus null while the session has not ended
 */
public record SessionSummary(
        SessionSummaryId id,
        SessionId sessionId,
        Long durationMs,
        int turnsCount,
        long tokensUsed,
        int filesModified,
        int linesAdded,
        int linesRemoved,
        SessionFinalStatus finalStatus,
        Instant updatedAt) {

    public SessionSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        if (durationMs != null) {
            notNegative(durationMs, "durationMs");
        }
        notNegative(turnsCount, "turnsCount");
        notNegative(tokensUsed, "tokensUsed");
        notNegative(filesModified, "filesModified");
        notNegative(linesAdded, "linesAdded");
        notNegative(linesRemoved, "linesRemoved");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static SessionSummary create(SessionId sessionId, Instant now) {
        return new SessionSummary(SessionSummaryId.generate(now.toEpochMilli()), sessionId, null, 0, 0, 0, 0, 0, null, now);
    }

    public static SessionSummary withId(SessionSummaryId id, SessionId sessionId, Long durationMs, int turnsCount,
            long tokensUsed, int filesModified, int linesAdded, int linesRemoved, SessionFinalStatus finalStatus,
            Instant updatedAt) {
        return new SessionSummary(id, sessionId, durationMs, turnsCount, tokensUsed, filesModified, linesAdded,
                linesRemoved, finalStatus, updatedAt);
    }

    private static void notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
    }
}
