package dev.agentpane.domain.marketplace;

import dev.agentpane.domain.shared.Text;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A plugin marketplace: a GitHub repository whose plugins directory is synced into {@link #cachedPlugins}. At most
 * one marketplace per repository. {@link #create} makes a new one, {@link #withId} rebuilds a stored one.
 *
 * @param isDefault     the built-in marketplace, which can be neither deleted nor disabled
 * @param lastSyncSha   the commit of the last successful sync; null before it
 * @param syncError     why the last sync failed; null when it did not
 * @param cachedPlugins the plugins of the last successful sync; empty before it
 */
public record Marketplace(
        MarketplaceId id,
        String name,
        String githubOwner,
        String githubRepo,
        String branch,
        String pluginsPath,
        boolean isDefault,
        boolean isEnabled,
        MarketplaceStatus status,
        String lastSyncSha,
        Instant lastSyncedAt,
        String syncError,
        List<CachedPlugin> cachedPlugins,
        Instant createdAt,
        Instant updatedAt) {

    public static final int NAME_MAX = 500;
    /** GitHub allows 39 characters for an owner and 100 for a repository name. */
    public static final int GITHUB_OWNER_MAX = 100;
    public static final int GITHUB_REPO_MAX = 100;
    public static final int BRANCH_MAX = 250;
    public static final int PLUGINS_PATH_MAX = 1_000;
    public static final int SHA_MAX = 64;
    public static final int SYNC_ERROR_MAX = 10_000;
    public static final String DEFAULT_BRANCH = "main";
    public static final String DEFAULT_PLUGINS_PATH = "plugins";
    /** The built-in marketplace: Anthropic's official plugins, with the original's fixed id. */
    public static final MarketplaceId DEFAULT_ID = MarketplaceId.of("anthropic-official-marketplace");
    public static final String DEFAULT_NAME = "Claude Plugins Official";
    public static final String DEFAULT_GITHUB_OWNER = "anthropics";
    public static final String DEFAULT_GITHUB_REPO = "claude-plugins-official";

    public Marketplace {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, NAME_MAX, "Name");
        githubOwner = Text.required(githubOwner, GITHUB_OWNER_MAX, "GitHub owner");
        githubRepo = Text.required(githubRepo, GITHUB_REPO_MAX, "GitHub repository");
        branch = Text.required(branch, BRANCH_MAX, "Branch");
        pluginsPath = Text.required(pluginsPath, PLUGINS_PATH_MAX, "Plugins path");
        Objects.requireNonNull(status, "status");
        lastSyncSha = Text.optional(lastSyncSha, SHA_MAX, "Last sync SHA");
        syncError = Text.optional(syncError, SYNC_ERROR_MAX, "Sync error");
        cachedPlugins = cachedPlugins == null ? List.of() : List.copyOf(cachedPlugins);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new, enabled, not-default marketplace; a null branch or plugins path takes the default. */
    public static Marketplace create(String name, String githubOwner, String githubRepo, String branch, String pluginsPath,
            Instant now) {
        return new Marketplace(MarketplaceId.generate(now.toEpochMilli()), name, githubOwner, githubRepo,
                branch == null ? DEFAULT_BRANCH : branch, pluginsPath == null ? DEFAULT_PLUGINS_PATH : pluginsPath,
                false, true, MarketplaceStatus.ACTIVE, null, null, null, List.of(), now, now);
    }

    /** The built-in default marketplace, enabled and not synced yet. */
    public static Marketplace builtInDefault(Instant now) {
        return new Marketplace(DEFAULT_ID, DEFAULT_NAME, DEFAULT_GITHUB_OWNER, DEFAULT_GITHUB_REPO, DEFAULT_BRANCH,
                DEFAULT_PLUGINS_PATH, true, true, MarketplaceStatus.ACTIVE, null, null, null, List.of(), now, now);
    }

    /**
     * The marketplace after a partial update; a null part leaves the stored value.
     *
     * @throws DefaultMarketplaceProtectedException when the change would disable the default marketplace
     */
    public Marketplace apply(MarketplaceChange change, Instant now) {
        boolean enabled = change.isEnabled() == null ? isEnabled : change.isEnabled();
        if (isDefault && !enabled) {
            throw new DefaultMarketplaceProtectedException(DefaultMarketplaceProtectedException.Action.DISABLE);
        }
        return new Marketplace(id, change.name() == null ? name : change.name(), githubOwner, githubRepo,
                change.branch() == null ? branch : change.branch(),
                change.pluginsPath() == null ? pluginsPath : change.pluginsPath(), isDefault, enabled, status, lastSyncSha,
                lastSyncedAt, syncError, cachedPlugins, createdAt, now);
    }

    /** @throws DefaultMarketplaceProtectedException for the default marketplace, which is never deleted */
    public void requireDeletable() {
        if (isDefault) {
            throw new DefaultMarketplaceProtectedException(DefaultMarketplaceProtectedException.Action.DELETE);
        }
    }

    public static Marketplace withId(MarketplaceId id, String name, String githubOwner, String githubRepo, String branch,
            String pluginsPath, boolean isDefault, boolean isEnabled, MarketplaceStatus status, String lastSyncSha,
            Instant lastSyncedAt, String syncError, List<CachedPlugin> cachedPlugins, Instant createdAt,
            Instant updatedAt) {
        return new Marketplace(id, name, githubOwner, githubRepo, branch, pluginsPath, isDefault, isEnabled, status,
                lastSyncSha, lastSyncedAt, syncError, cachedPlugins, createdAt, updatedAt);
    }
}
