package dev.agentpane.domain.agent;

import dev.agentpane.domain.shared.EntityId;

public record AgentRunId(String value) {
    public AgentRunId {
        EntityId.require(value, "id");
    }

    public static AgentRunId of(String value) {
        return new AgentRunId(value);
    }

    public static AgentRunId generate(long epochMillis) {
        return new AgentRunId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
