package dev.agentpane.persistence.githubtoken;

import java.time.Instant;

/** One row of {@code github_tokens}. */
public record GithubTokenRow(
        String id,
        String encryptedToken,
        String tokenType,
        String scopes,
        String githubLogin,
        String githubId,
        Boolean isValid,
        Instant lastValidatedAt,
        Instant createdAt,
        Instant updatedAt) {
}
