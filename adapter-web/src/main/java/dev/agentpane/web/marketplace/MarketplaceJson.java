package dev.agentpane.web.marketplace;

import dev.agentpane.application.port.in.marketplace.ListMarketplacePluginsUseCase.ListedPlugin;
import dev.agentpane.domain.marketplace.CachedPlugin;
import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.PluginTag;
import dev.agentpane.web.api.WireJson;
import java.util.List;

/** The shapes of a marketplace on the wire (reference §5.14). */
public final class MarketplaceJson {
    private MarketplaceJson() {
    }

    /** A list item: the plugins counted, not sent. */
    public record Summary(String id, String name, String githubOwner, String githubRepo, String branch, String pluginsPath,
            boolean isDefault, boolean isEnabled, String status, String lastSyncedAt, String syncError, int pluginCount,
            String createdAt, String updatedAt) {
        static Summary of(Marketplace m) {
            return new Summary(m.id().value(), m.name(), m.githubOwner(), m.githubRepo(), m.branch(), m.pluginsPath(), m.isDefault(),
                    m.isEnabled(), m.status().wireValue(), WireJson.instant(m.lastSyncedAt()), m.syncError(), m.cachedPlugins().size(),
                    WireJson.instant(m.createdAt()), WireJson.instant(m.updatedAt()));
        }
    }

    /** {@code GET /{id}} and {@code PATCH /{id}}: the summary's fields (and the last sync's commit) with the plugins. */
    public record Detail(String id, String name, String githubOwner, String githubRepo, String branch, String pluginsPath,
            boolean isDefault, boolean isEnabled, String status, String lastSyncSha, String lastSyncedAt, String syncError,
            List<PluginJson> plugins, String createdAt, String updatedAt) {
        static Detail of(Marketplace m) {
            return new Detail(m.id().value(), m.name(), m.githubOwner(), m.githubRepo(), m.branch(), m.pluginsPath(), m.isDefault(),
                    m.isEnabled(), m.status().wireValue(), m.lastSyncSha(), WireJson.instant(m.lastSyncedAt()), m.syncError(),
                    m.cachedPlugins().stream().map(PluginJson::of).toList(), WireJson.instant(m.createdAt()),
                    WireJson.instant(m.updatedAt()));
        }
    }

    /** {@code POST /}: every column of the row, the plugins as {@code cachedPlugins}. */
    public record Row(String id, String name, String githubOwner, String githubRepo, String branch, String pluginsPath,
            boolean isDefault, boolean isEnabled, String status, String lastSyncSha, String lastSyncedAt, String syncError,
            List<PluginJson> cachedPlugins, String createdAt, String updatedAt) {
        static Row of(Marketplace m) {
            return new Row(m.id().value(), m.name(), m.githubOwner(), m.githubRepo(), m.branch(), m.pluginsPath(), m.isDefault(),
                    m.isEnabled(), m.status().wireValue(), m.lastSyncSha(), WireJson.instant(m.lastSyncedAt()), m.syncError(),
                    m.cachedPlugins().stream().map(PluginJson::of).toList(), WireJson.instant(m.createdAt()),
                    WireJson.instant(m.updatedAt()));
        }
    }

    /** A cached plugin: {@code {id, name, description, author, version, category, readme, tags}}. */
    public record PluginJson(String id, String name, String description, String author, String version, String category,
            String readme, List<String> tags) {
        static PluginJson of(CachedPlugin p) {
            return new PluginJson(p.id(), p.name(), p.description(), p.author(), p.version(), p.category(), p.readme(),
                    p.tags().stream().map(PluginTag::wireValue).toList());
        }
    }

    /** An item of the plugin listing: the plugin and where it comes from. */
    public record ListedPluginJson(String id, String name, String description, String author, String version, String category,
            String readme, List<String> tags, String marketplaceId, String marketplaceName, boolean isEnabled) {
        static ListedPluginJson of(ListedPlugin listed) {
            PluginJson p = PluginJson.of(listed.plugin());
            return new ListedPluginJson(p.id(), p.name(), p.description(), p.author(), p.version(), p.category(), p.readme(), p.tags(),
                    listed.marketplace().id().value(), listed.marketplace().name(), true);
        }
    }
}
