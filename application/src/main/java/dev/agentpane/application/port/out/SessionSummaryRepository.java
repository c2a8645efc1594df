package dev.agentpane.application.port.out;

import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionsummary.SessionSummary;
import java.util.Optional;

/** One summary per session; it goes when its session is deleted. */
public interface SessionSummaryRepository {
    /**
     * Stores the summary of its session: inserted when the session has none, otherwise every figure of the stored one
     * is replaced and the stored one keeps its id.
     */
    void upsert(SessionSummary summary);

    Optional<SessionSummary> findBySession(SessionId sessionId);
}
