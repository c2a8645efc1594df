package dev.agentpane.domain.task;

import dev.agentpane.domain.shared.WireValue;

public enum TaskPriority implements WireValue {
    HIGH("high"), MEDIUM("medium"), LOW("low");

    private final String wireValue;

    TaskPriority(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    public static TaskPriority parse(String value) {
        return WireValue.parse(TaskPriority.class, value, "priority");
    }
}
