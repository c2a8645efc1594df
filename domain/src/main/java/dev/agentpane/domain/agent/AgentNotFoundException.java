package dev.agentpane.domain.agent;

public class AgentNotFoundException extends RuntimeException {
    public AgentNotFoundException(AgentId id) {
        super("Agent not found: " + id);
    }
}
