package dev.agentpane.domain.clisession;

import dev.agentpane.domain.shared.EntityId;

public record CliSessionId(String value) {
    public CliSessionId {
        EntityId.require(value, "id");
    }

    public static CliSessionId of(String value) {
        return new CliSessionId(value);
    }

    public static CliSessionId generate(long epochMillis) {
        return new CliSessionId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
