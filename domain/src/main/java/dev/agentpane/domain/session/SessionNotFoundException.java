package dev.agentpane.domain.session;

public class SessionNotFoundException extends RuntimeException {
    public SessionNotFoundException(SessionId id) {
        super("Session not found: " + id);
    }
}
