package dev.agentpane.domain.githubtoken;

import dev.agentpane.domain.shared.WireValue;

/** How the stored GitHub token was obtained. */
public enum GithubTokenType implements WireValue {
    PAT("pat"),
    OAUTH("oauth");

    private final String wireValue;

    GithubTokenType(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
