package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionsummary.SessionSummary;
import java.util.Optional;

public interface GetSessionSummaryUseCase {
    /**
     * The session's summary; empty while none is stored (before its first event).
     *
     * @throws dev.agentpane.domain.session.SessionNotFoundException when no session has the id
     */
    Optional<SessionSummary> summary(SessionId id);
}
