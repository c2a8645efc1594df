package dev.agentpane.domain.workflow;

import dev.agentpane.domain.shared.EntityId;

public record WorkflowId(String value) {
    public WorkflowId {
        EntityId.require(value, "id");
    }

    public static WorkflowId of(String value) {
        return new WorkflowId(value);
    }

    public static WorkflowId generate(long epochMillis) {
        return new WorkflowId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
