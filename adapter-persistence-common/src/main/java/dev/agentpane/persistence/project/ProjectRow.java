package dev.agentpane.persistence.project;

import java.time.Instant;

/** One row of {@code projects}; {@code config} is the JSON text of the config column. */
public record ProjectRow(
        String id,
        String name,
        String path,
        String description,
        String config,
        Integer maxConcurrentAgents,
        String githubOwner,
        String githubRepo,
        String configPath,
        String sandboxConfigId,
        Instant createdAt,
        Instant updatedAt) {
}
