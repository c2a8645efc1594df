package dev.agentpane.domain.session;

import dev.agentpane.domain.shared.WireValue;

/** The original's {@code SESSION_STATUS}; in practice only initializing, active and closed are used. */
public enum SessionStatus implements WireValue {
    IDLE("idle"),
    INITIALIZING("initializing"),
    ACTIVE("active"),
    PAUSED("paused"),
    CLOSING("closing"),
    CLOSED("closed"),
    ERROR("error");

    private final String wireValue;

    SessionStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
