package dev.agentpane.persistence.marketplace;

import java.time.Instant;

/** One row of {@code marketplaces}; {@code cachedPlugins} is the JSON text of the cached_plugins column. */
public record MarketplaceRow(
        String id,
        String name,
        String githubOwner,
        String githubRepo,
        String branch,
        String pluginsPath,
        Boolean isDefault,
        Boolean isEnabled,
        String status,
        String lastSyncSha,
        Instant lastSyncedAt,
        String syncError,
        String cachedPlugins,
        Instant createdAt,
        Instant updatedAt) {
}
