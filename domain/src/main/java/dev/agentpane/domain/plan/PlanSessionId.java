package dev.agentpane.domain.plan;

import dev.agentpane.domain.shared.EntityId;

public record PlanSessionId(String value) {
    public PlanSessionId {
        EntityId.require(value, "id");
    }

    public static PlanSessionId of(String value) {
        return new PlanSessionId(value);
    }

    public static PlanSessionId generate(long epochMillis) {
        return new PlanSessionId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
