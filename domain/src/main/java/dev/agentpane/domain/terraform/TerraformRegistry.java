package dev.agentpane.domain.terraform;

import dev.agentpane.domain.settings.SettingKey;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A Terraform Cloud organization whose private modules are synced into {@code terraform_modules}. {@link #create}
 * makes a new one, {@link #withId} rebuilds a stored one.
 *
 * @param tokenSettingKey       the key of the setting that holds the API token (never the token itself)
 * @param moduleCount           how many modules the last successful sync stored
 * @param syncIntervalMinutes   null when the registry is synced on demand only
 * @param nextSyncAt            when the scheduler syncs it next; null without an interval
 */
public record TerraformRegistry(
        TerraformRegistryId id,
        String name,
        String orgName,
        String tokenSettingKey,
        TerraformRegistryStatus status,
        Instant lastSyncedAt,
        String syncError,
        int moduleCount,
        Integer syncIntervalMinutes,
        Instant nextSyncAt,
        Instant createdAt,
        Instant updatedAt) {

    public static final int NAME_MAX = 200;
    public static final int ORG_NAME_MAX = 200;
    public static final int MIN_SYNC_INTERVAL_MINUTES = 5;

    public TerraformRegistry {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, NAME_MAX, "Name");
        orgName = Text.required(orgName, ORG_NAME_MAX, "Organization name");
        tokenSettingKey = Text.required(tokenSettingKey, SettingKey.MAX_LENGTH, "Token setting key");
        Objects.requireNonNull(status, "status");
        if (moduleCount < 0) {
            throw new ValidationException("moduleCount must not be negative");
        }
        if (syncIntervalMinutes != null && syncIntervalMinutes < MIN_SYNC_INTERVAL_MINUTES) {
            throw new ValidationException("syncIntervalMinutes must be at least " + MIN_SYNC_INTERVAL_MINUTES);
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A registry not synced yet; with an interval, its first scheduled sync is one interval from now. */
    public static TerraformRegistry create(String name, String orgName, String tokenSettingKey, Integer syncIntervalMinutes,
            Instant now) {
        Instant nextSyncAt = syncIntervalMinutes == null ? null : now.plus(Duration.ofMinutes(syncIntervalMinutes));
        return new TerraformRegistry(TerraformRegistryId.generate(now.toEpochMilli()), name, orgName, tokenSettingKey,
                TerraformRegistryStatus.ACTIVE, null, null, 0, syncIntervalMinutes, nextSyncAt, now, now);
    }

    public static TerraformRegistry withId(TerraformRegistryId id, String name, String orgName, String tokenSettingKey,
            TerraformRegistryStatus status, Instant lastSyncedAt, String syncError, int moduleCount,
            Integer syncIntervalMinutes, Instant nextSyncAt, Instant createdAt, Instant updatedAt) {
        return new TerraformRegistry(id, name, orgName, tokenSettingKey, status, lastSyncedAt, syncError, moduleCount,
                syncIntervalMinutes, nextSyncAt, createdAt, updatedAt);
    }
}
