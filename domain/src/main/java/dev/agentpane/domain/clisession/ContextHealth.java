package dev.agentpane.domain.clisession;

import dev.agentpane.domain.shared.WireValue;

/** How close a session is to its context window limit. */
public enum ContextHealth implements WireValue {
    HEALTHY("healthy"),
    WARNING("warning"),
    CRITICAL("critical");

    private final String wireValue;

    ContextHealth(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** The wire spelling: JSON payloads hold this constant, and JSON mappers write and read enums by toString. */
    @Override
    public String toString() {
        return wireValue;
    }
}
