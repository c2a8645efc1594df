package dev.agentpane.domain.plan;

import dev.agentpane.domain.shared.WireValue;

/** Who spoke a turn of a planning conversation. */
public enum PlanTurnRole implements WireValue {
    USER("user"),
    ASSISTANT("assistant");

    private final String wireValue;

    PlanTurnRole(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
