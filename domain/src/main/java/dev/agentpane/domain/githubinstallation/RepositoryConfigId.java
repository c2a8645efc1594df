package dev.agentpane.domain.githubinstallation;

import dev.agentpane.domain.shared.EntityId;

public record RepositoryConfigId(String value) {
    public RepositoryConfigId {
        EntityId.require(value, "id");
    }

    public static RepositoryConfigId of(String value) {
        return new RepositoryConfigId(value);
    }

    public static RepositoryConfigId generate(long epochMillis) {
        return new RepositoryConfigId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
