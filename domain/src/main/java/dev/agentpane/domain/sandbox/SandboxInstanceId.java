package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.shared.EntityId;

public record SandboxInstanceId(String value) {
    public SandboxInstanceId {
        EntityId.require(value, "id");
    }

    public static SandboxInstanceId of(String value) {
        return new SandboxInstanceId(value);
    }

    public static SandboxInstanceId generate(long epochMillis) {
        return new SandboxInstanceId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
