package dev.agentpane.persistence.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.domain.marketplace.CachedPlugin;
import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.MarketplaceId;
import dev.agentpane.domain.marketplace.MarketplaceStatus;
import dev.agentpane.domain.marketplace.PluginTag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cached_plugins column keeps the original's JSON shape, so that its data and ours read the same. */
class MarketplaceRowConverterTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private final MarketplaceRowConverter converter = MarketplaceRowConverter.INSTANCE;

    @Test
    void plugin_tags_are_stored_in_their_wire_spelling() {
        Marketplace marketplace = Marketplace.withId(MarketplaceId.of("m"), "M", "o", "r", "main", "plugins", false, true,
                MarketplaceStatus.SYNCING, null, null, null,
                List.of(new CachedPlugin("p", "P", null, null, null, null, null, List.of(PluginTag.EXTERNAL))), T0, T0);

        MarketplaceRow row = converter.toRow(marketplace);

        assertThat(row.cachedPlugins()).contains("\"tags\":[\"external\"]");
        assertThat(row.status()).isEqualTo("syncing");
    }

    @Test
    void plugins_written_by_the_original_without_optional_fields_read_back() {
        MarketplaceRow row = new MarketplaceRow("anthropic-official-marketplace", "Claude Plugins Official", "anthropics",
                "claude-plugins-official", "main", "plugins", true, true, "active", null, null, null,
                "[{\"id\":\"a\",\"name\":\"A\",\"tags\":[\"official\"]},{\"id\":\"b\",\"name\":\"B\",\"category\":\"git\"}]",
                T0, T0);

        assertThat(converter.toMarketplace(row).cachedPlugins()).containsExactly(
                new CachedPlugin("a", "A", null, null, null, null, null, List.of(PluginTag.OFFICIAL)),
                new CachedPlugin("b", "B", null, null, null, "git", null, List.of()));
    }

    @Test
    void a_marketplace_never_synced_has_no_plugins() {
        MarketplaceRow row = new MarketplaceRow("m", "M", "o", "r", "main", "plugins", false, true, "active", null, null,
                null, null, T0, T0);

        assertThat(converter.toMarketplace(row).cachedPlugins()).isEmpty();
    }
}
