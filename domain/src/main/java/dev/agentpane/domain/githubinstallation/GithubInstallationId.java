package dev.agentpane.domain.githubinstallation;

import dev.agentpane.domain.shared.EntityId;

public record GithubInstallationId(String value) {
    public GithubInstallationId {
        EntityId.require(value, "id");
    }

    public static GithubInstallationId of(String value) {
        return new GithubInstallationId(value);
    }

    public static GithubInstallationId generate(long epochMillis) {
        return new GithubInstallationId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
