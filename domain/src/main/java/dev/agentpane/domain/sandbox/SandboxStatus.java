package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.shared.WireValue;

/** A sandbox container's state. */
public enum SandboxStatus implements WireValue {
    STOPPED("stopped"),
    CREATING("creating"),
    RUNNING("running"),
    IDLE("idle"),
    STOPPING("stopping"),
    ERROR("error");

    private final String wireValue;

    SandboxStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
