package dev.agentpane.domain.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MarketplaceTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    @Test
    void the_built_in_default_is_anthropics_official_marketplace_under_its_fixed_id() {
        Marketplace builtIn = Marketplace.builtInDefault(T0);

        assertThat(builtIn.id().value()).isEqualTo("anthropic-official-marketplace");
        assertThat(builtIn.name()).isEqualTo("Claude Plugins Official");
        assertThat(builtIn.githubOwner()).isEqualTo("anthropics");
        assertThat(builtIn.githubRepo()).isEqualTo("claude-plugins-official");
        assertThat(builtIn.branch()).isEqualTo("main");
        assertThat(builtIn.pluginsPath()).isEqualTo("plugins");
        assertThat(builtIn.isDefault()).isTrue();
        assertThat(builtIn.isEnabled()).isTrue();
        assertThat(builtIn.status()).isEqualTo(MarketplaceStatus.ACTIVE);
    }

    @Test
    void the_default_marketplace_can_be_neither_disabled_nor_deleted() {
        Marketplace builtIn = Marketplace.builtInDefault(T0);

        assertThatThrownBy(() -> builtIn.apply(new MarketplaceChange(null, null, null, false), T0))
                .isInstanceOfSatisfying(DefaultMarketplaceProtectedException.class,
                        e -> assertThat(e.action()).isEqualTo(DefaultMarketplaceProtectedException.Action.DISABLE));
        assertThatThrownBy(builtIn::requireDeletable).isInstanceOfSatisfying(DefaultMarketplaceProtectedException.class,
                e -> assertThat(e.action()).isEqualTo(DefaultMarketplaceProtectedException.Action.DELETE));
        assertThat(builtIn.apply(new MarketplaceChange("Renamed", null, null, true), T0).name()).isEqualTo("Renamed");
    }

    @Test
    void another_marketplace_can_be_disabled_enabled_and_deleted() {
        Marketplace marketplace = Marketplace.create("Mine", "acme", "plugins", null, null, T0);
        Instant later = T0.plusSeconds(5);

        Marketplace disabled = marketplace.apply(new MarketplaceChange(null, "dev", "src/plugins", false), later);

        assertThat(disabled.isEnabled()).isFalse();
        assertThat(disabled.branch()).isEqualTo("dev");
        assertThat(disabled.pluginsPath()).isEqualTo("src/plugins");
        assertThat(disabled.name()).isEqualTo("Mine");
        assertThat(disabled.updatedAt()).isEqualTo(later);
        assertThat(disabled.apply(new MarketplaceChange(null, null, null, true), later).isEnabled()).isTrue();
        marketplace.requireDeletable();
    }
}
