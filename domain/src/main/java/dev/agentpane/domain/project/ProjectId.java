package dev.agentpane.domain.project;

import dev.agentpane.domain.shared.EntityId;

public record ProjectId(String value) {
    public ProjectId {
        EntityId.require(value, "id");
    }

    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    public static ProjectId generate(long epochMillis) {
        return new ProjectId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
