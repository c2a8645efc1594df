package dev.agentpane.domain.githubtoken;

import dev.agentpane.domain.shared.EntityId;

public record GithubTokenId(String value) {
    public GithubTokenId {
        EntityId.require(value, "id");
    }

    public static GithubTokenId of(String value) {
        return new GithubTokenId(value);
    }

    public static GithubTokenId generate(long epochMillis) {
        return new GithubTokenId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
