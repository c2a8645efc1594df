package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;

public interface GetSessionUseCase {
    /** @throws dev.agentpane.domain.session.SessionNotFoundException when no session has the id */
    Session get(SessionId id);
}
