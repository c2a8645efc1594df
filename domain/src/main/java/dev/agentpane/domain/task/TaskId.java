package dev.agentpane.domain.task;

import dev.agentpane.domain.shared.EntityId;

public record TaskId(String value) {
    public TaskId {
        EntityId.require(value, "id");
    }

    public static TaskId of(String value) {
        return new TaskId(value);
    }

    public static TaskId generate(long epochMillis) {
        return new TaskId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
