package dev.agentpane.domain.sessionsummary;

import dev.agentpane.domain.shared.EntityId;

public record SessionSummaryId(String value) {
    public SessionSummaryId {
        EntityId.require(value, "id");
    }

    public static SessionSummaryId of(String value) {
        return new SessionSummaryId(value);
    }

    public static SessionSummaryId generate(long epochMillis) {
        return new SessionSummaryId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
