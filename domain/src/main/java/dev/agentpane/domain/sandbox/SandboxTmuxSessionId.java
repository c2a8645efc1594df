package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.shared.EntityId;

public record SandboxTmuxSessionId(String value) {
    public SandboxTmuxSessionId {
        EntityId.require(value, "id");
    }

    public static SandboxTmuxSessionId of(String value) {
        return new SandboxTmuxSessionId(value);
    }

    public static SandboxTmuxSessionId generate(long epochMillis) {
        return new SandboxTmuxSessionId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
