package dev.agentpane.persistence.githubinstallation;

import java.time.Instant;

/** One row of {@code github_installations}. */
public record GithubInstallationRow(
        String id,
        String installationId,
        String accountLogin,
        String accountType,
        String status,
        Instant createdAt,
        Instant updatedAt) {
}
