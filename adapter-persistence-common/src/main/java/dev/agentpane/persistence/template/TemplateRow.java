package dev.agentpane.persistence.template;

import java.time.Instant;

/** One row of {@code templates}; the cached lists are the JSON text of their columns. */
public record TemplateRow(
        String id,
        String name,
        String description,
        String scope,
        String githubOwner,
        String githubRepo,
        String branch,
        String configPath,
        String projectId,
        String status,
        String lastSyncSha,
        Instant lastSyncedAt,
        String syncError,
        Integer syncIntervalMinutes,
        Instant nextSyncAt,
        String cachedSkills,
        String cachedCommands,
        String cachedAgents,
        Instant createdAt,
        Instant updatedAt) {
}
