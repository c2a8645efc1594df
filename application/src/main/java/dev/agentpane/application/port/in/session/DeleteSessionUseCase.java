package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.session.SessionId;

public interface DeleteSessionUseCase {
    /**
     * Deletes the session with its events and summary.
     *
     * @throws dev.agentpane.domain.session.SessionNotFoundException when no session has the id
     */
    void delete(SessionId id);
}
