package dev.agentpane.persistence.terraform;

import java.time.Instant;

/** One row of {@code terraform_registries}. */
public record TerraformRegistryRow(
        String id,
        String name,
        String orgName,
        String tokenSettingKey,
        String status,
        Instant lastSyncedAt,
        String syncError,
        Integer moduleCount,
        Integer syncIntervalMinutes,
        Instant nextSyncAt,
        Instant createdAt,
        Instant updatedAt) {
}
