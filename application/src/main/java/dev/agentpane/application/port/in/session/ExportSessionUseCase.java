package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.session.SessionId;

public interface ExportSessionUseCase {
    /** @throws dev.agentpane.domain.session.SessionNotFoundException when no session has the id */
    SessionTranscript transcript(SessionId id);
}
