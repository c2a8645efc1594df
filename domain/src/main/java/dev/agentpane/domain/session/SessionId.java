package dev.agentpane.domain.session;

import dev.agentpane.domain.shared.EntityId;

public record SessionId(String value) {
    public SessionId {
        EntityId.require(value, "id");
    }

    public static SessionId of(String value) {
        return new SessionId(value);
    }

    public static SessionId generate(long epochMillis) {
        return new SessionId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
