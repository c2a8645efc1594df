package dev.agentpane.domain.terraform;

import dev.agentpane.domain.settings.SettingKey;
import dev.agentpane.domain.shared.SyncInterval;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
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
    public static final int MIN_SYNC_INTERVAL_MINUTES = SyncInterval.MIN_MINUTES;

    public TerraformRegistry {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, NAME_MAX, "Name");
        orgName = Text.required(orgName, ORG_NAME_MAX, "Organization name");
        tokenSettingKey = Text.required(tokenSettingKey, SettingKey.MAX_LENGTH, "Token setting key");
        Objects.requireNonNull(status, "status");
        if (moduleCount < 0) {
            throw new ValidationException("moduleCount must not be negative");
        }
        SyncInterval.require(syncIntervalMinutes);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A registry not synced yet; with an interval, its first scheduled sync is one interval from now. */
    public static TerraformRegistry create(String name, String orgName, String tokenSettingKey, Integer syncIntervalMinutes,
            Instant now) {
        return new TerraformRegistry(TerraformRegistryId.generate(now.toEpochMilli()), name, orgName, tokenSettingKey,
                TerraformRegistryStatus.ACTIVE, null, null, 0, SyncInterval.require(syncIntervalMinutes),
                SyncInterval.nextSyncAt(syncIntervalMinutes, now), now, now);
    }

    /**
     * The registry after a partial update; a null part leaves the stored value. A new sync interval reschedules the
     * next sync one interval from {@code now}; turning it off clears the schedule.
     */
    public TerraformRegistry apply(TerraformRegistryChange change, Instant now) {
        Integer newInterval = change.syncInterval() == null ? syncIntervalMinutes : change.syncInterval().minutes();
        Instant newNextSyncAt = change.syncInterval() == null ? nextSyncAt : SyncInterval.nextSyncAt(newInterval, now);
        return new TerraformRegistry(id, change.name() == null ? name : change.name(),
                change.orgName() == null ? orgName : change.orgName(),
                change.tokenSettingKey() == null ? tokenSettingKey : change.tokenSettingKey(), status, lastSyncedAt,
                syncError, moduleCount, newInterval, newNextSyncAt, createdAt, now);
    }

    public static TerraformRegistry withId(TerraformRegistryId id, String name, String orgName, String tokenSettingKey,
            TerraformRegistryStatus status, Instant lastSyncedAt, String syncError, int moduleCount,
            Integer syncIntervalMinutes, Instant nextSyncAt, Instant createdAt, Instant updatedAt) {
        return new TerraformRegistry(id, name, orgName, tokenSettingKey, status, lastSyncedAt, syncError, moduleCount,
                syncIntervalMinutes, nextSyncAt, createdAt, updatedAt);
    }
}
