package dev.agentpane.domain.agent;

import dev.agentpane.domain.shared.EntityId;

/** Agent ids are generated, except container agents' fixed {@code agent-<taskId>}. */
public record AgentId(String value) {
    public AgentId {
        EntityId.require(value, "id");
    }

    public static AgentId of(String value) {
        return new AgentId(value);
    }

    public static AgentId generate(long epochMillis) {
        return new AgentId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
