package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.shared.WireValue;

/** The runtime a sandbox config provisions. */
public enum SandboxType implements WireValue {
    DOCKER("docker"),
    DEVCONTAINER("devcontainer"),
    KUBERNETES("kubernetes");

    private final String wireValue;

    SandboxType(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
