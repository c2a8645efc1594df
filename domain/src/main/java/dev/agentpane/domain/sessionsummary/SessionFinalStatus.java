package dev.agentpane.domain.sessionsummary;

import dev.agentpane.domain.shared.WireValue;

/** How a summarised session ended. */
public enum SessionFinalStatus implements WireValue {
    SUCCESS("success"),
    FAILED("failed"),
    CANCELLED("cancelled");

    private final String wireValue;

    SessionFinalStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
