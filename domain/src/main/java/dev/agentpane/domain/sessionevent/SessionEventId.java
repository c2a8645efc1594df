package dev.agentpane.domain.sessionevent;

import dev.agentpane.domain.shared.EntityId;

public record SessionEventId(String value) {
    public SessionEventId {
        EntityId.require(value, "id");
    }

    public static SessionEventId of(String value) {
        return new SessionEventId(value);
    }

    public static SessionEventId generate(long epochMillis) {
        return new SessionEventId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
