package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.shared.EntityId;

public record SandboxConfigId(String value) {
    public SandboxConfigId {
        EntityId.require(value, "id");
    }

    public static SandboxConfigId of(String value) {
        return new SandboxConfigId(value);
    }

    public static SandboxConfigId generate(long epochMillis) {
        return new SandboxConfigId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
