package dev.agentpane.domain.task;

import dev.agentpane.domain.shared.WireValue;

/** The board's columns, left to right. */
public enum TaskColumn implements WireValue {
    BACKLOG("backlog"), QUEUED("queued"), IN_PROGRESS("in_progress"), WAITING_APPROVAL("waiting_approval"), VERIFIED("verified");

    private final String wireValue;

    TaskColumn(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    public static TaskColumn parse(String value) {
        return WireValue.parse(TaskColumn.class, value, "column");
    }
}
