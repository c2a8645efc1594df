package dev.agentpane.domain.task;

import dev.agentpane.domain.shared.WireValue;

/** How the last agent run on a task ended. */
public enum LastAgentStatus implements WireValue {
    COMPLETED("completed"), CANCELLED("cancelled"), ERROR("error"), TURN_LIMIT("turn_limit"), PLANNING("planning");

    private final String wireValue;

    LastAgentStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    public static LastAgentStatus parse(String value) {
        return WireValue.parse(LastAgentStatus.class, value, "lastAgentStatus");
    }
}
