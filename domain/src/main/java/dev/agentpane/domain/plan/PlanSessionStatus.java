package dev.agentpane.domain.plan;

import dev.agentpane.domain.shared.WireValue;

/** Where a planning conversation stands ({@code PlanSessionStatus}). */
public enum PlanSessionStatus implements WireValue {
    ACTIVE("active"),
    WAITING_USER("waiting_user"),
    COMPLETED("completed"),
    CANCELLED("cancelled");

    private final String wireValue;

    PlanSessionStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
