package dev.agentpane.persistence.githubinstallation;

import java.time.Instant;

/** One row of {@code repository_configs}; {@code config} is the JSON text of the config column. */
public record RepositoryConfigRow(
        String id,
        String installationId,
        String owner,
        String repo,
        String config,
        Instant syncedAt,
        Instant createdAt,
        Instant updatedAt) {
}
