package dev.agentpane.domain.session;

/** A session was to be bound to an agent that does not exist. */
public class SessionAgentNotFoundException extends RuntimeException {
    public SessionAgentNotFoundException(String agentId) {
        super("Agent not found: " + agentId);
    }
}
