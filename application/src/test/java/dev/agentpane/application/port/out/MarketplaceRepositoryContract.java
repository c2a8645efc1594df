package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.marketplace.CachedPlugin;
import dev.agentpane.domain.marketplace.DuplicateMarketplaceRepositoryException;
import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.MarketplaceId;
import dev.agentpane.domain.marketplace.MarketplaceStatus;
import dev.agentpane.domain.marketplace.PluginTag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link MarketplaceRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class MarketplaceRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private MarketplaceRepository marketplaces() {
        return port(MarketplaceRepository.class);
    }

    private static Marketplace marketplace(String repo, Instant at) {
        return Marketplace.create("Marketplace " + repo, "owner", repo, null, null, at);
    }

    /** {@code marketplace} with the flags and update time given, everything else unchanged. */
    private static Marketplace flagged(Marketplace marketplace, boolean isDefault, boolean isEnabled, Instant updatedAt) {
        return Marketplace.withId(marketplace.id(), marketplace.name(), marketplace.githubOwner(), marketplace.githubRepo(),
                marketplace.branch(), marketplace.pluginsPath(), isDefault, isEnabled, marketplace.status(),
                marketplace.lastSyncSha(), marketplace.lastSyncedAt(), marketplace.syncError(), marketplace.cachedPlugins(),
                marketplace.createdAt(), updatedAt);
    }

    private Marketplace stored(Marketplace marketplace) {
        marketplaces().insert(marketplace);
        return marketplace;
    }

    @Test
    void a_new_marketplace_reads_back_equal_with_its_defaults_and_no_plugins() {
        Marketplace marketplace = stored(marketplace("plugins", T0));

        assertThat(marketplaces().findById(marketplace.id())).contains(marketplace);
        assertThat(marketplace.branch()).isEqualTo("main");
        assertThat(marketplace.pluginsPath()).isEqualTo("plugins");
        assertThat(marketplace.isEnabled()).isTrue();
        assertThat(marketplace.isDefault()).isFalse();
        assertThat(marketplace.status()).isEqualTo(MarketplaceStatus.ACTIVE);
        assertThat(marketplace.cachedPlugins()).isEmpty();
        assertThat(marketplace.lastSyncedAt()).isNull();
    }

    @Test
    void a_synced_marketplace_with_plugins_non_ascii_and_longest_texts_reads_back_equal() {
        List<CachedPlugin> plugins = List.of(
                new CachedPlugin("commit-helper", "Commit Helper ✓", "Writes commits für dich", "Anthropic", "1.2.3",
                        "git", "# Readme\n\n日本語 🚀", List.of(PluginTag.OFFICIAL)),
                new CachedPlugin("bare", "Bare", null, null, null, null, null, List.of()),
                new CachedPlugin("external-one", "External", "", "someone", "0.0.1", "tools", null,
                        List.of(PluginTag.EXTERNAL, PluginTag.OFFICIAL)));
        Marketplace marketplace = Marketplace.withId(MarketplaceId.of("anthropic-official-marketplace"),
                "Ünïcødé " + "n".repeat(Marketplace.NAME_MAX - 8), "o".repeat(Marketplace.GITHUB_OWNER_MAX),
                "r".repeat(Marketplace.GITHUB_REPO_MAX), "feature/" + "b".repeat(Marketplace.BRANCH_MAX - 8),
                "p".repeat(Marketplace.PLUGINS_PATH_MAX), true, false, MarketplaceStatus.ERROR,
                "a".repeat(Marketplace.SHA_MAX), T0.plusMillis(1), "e".repeat(Marketplace.SYNC_ERROR_MAX), plugins, T0,
                T0.plusMillis(2));
        marketplaces().insert(marketplace);

        assertThat(marketplaces().findById(marketplace.id())).contains(marketplace);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(marketplaces().findById(MarketplaceId.of("nope"))).isEmpty();
    }

    @Test
    void two_marketplaces_cannot_share_a_repository() {
        Marketplace first = stored(marketplace("plugins", T0));
        Marketplace second = marketplace("plugins", T0.plusSeconds(1));

        assertThatThrownBy(() -> marketplaces().insert(second)).isInstanceOf(DuplicateMarketplaceRepositoryException.class);
        assertThat(marketplaces().findById(second.id())).isEmpty();
        assertThat(marketplaces().countListed(true)).isEqualTo(1);
        assertThat(marketplaces().findById(first.id())).contains(first);
    }

    @Test
    void the_same_repository_name_under_another_owner_is_another_repository() {
        stored(marketplace("plugins", T0));
        Marketplace otherOwner = Marketplace.create("Fork", "someone-else", "plugins", null, null, T0);

        marketplaces().insert(otherOwner);

        assertThat(marketplaces().findById(otherOwner.id())).contains(otherOwner);
    }

    @Test
    void an_update_cannot_move_a_marketplace_onto_the_repository_of_another() {
        stored(marketplace("taken", T0));
        Marketplace other = stored(marketplace("free", T0));
        Marketplace clash = Marketplace.withId(other.id(), other.name(), "owner", "taken", other.branch(),
                other.pluginsPath(), false, true, other.status(), null, null, null, List.of(), other.createdAt(), T0);

        assertThatThrownBy(() -> marketplaces().update(clash)).isInstanceOf(DuplicateMarketplaceRepositoryException.class);
        assertThat(marketplaces().findById(other.id())).contains(other);
    }

    @Test
    void an_update_stores_the_result_of_a_sync() {
        Marketplace marketplace = stored(marketplace("plugins", T0));
        Marketplace synced = Marketplace.withId(marketplace.id(), "Renamed", "owner", "plugins", "develop", "src/plugins",
                false, true, MarketplaceStatus.SYNCING, "0123abcd", T0.plusSeconds(1), null,
                List.of(new CachedPlugin("p", "P", null, null, null, "cat", null, List.of(PluginTag.EXTERNAL))),
                marketplace.createdAt(), T0.plusSeconds(1));

        assertThat(marketplaces().update(synced)).isTrue();

        assertThat(marketplaces().findById(marketplace.id())).contains(synced);
    }

    @Test
    void the_listing_puts_the_default_first_then_the_most_recently_updated_and_stops_at_the_limit() {
        Marketplace oldDefault = stored(flagged(marketplace("default", T0), true, true, T0));
        Marketplace older = stored(marketplace("older", T0.plusSeconds(1)));
        Marketplace disabled = stored(flagged(marketplace("disabled", T0), false, false, T0.plusSeconds(2)));
        Marketplace newest = stored(marketplace("newest", T0.plusSeconds(3)));

        assertThat(marketplaces().findListed(true, 10)).containsExactly(oldDefault, newest, disabled, older);
        assertThat(marketplaces().findListed(true, 2)).containsExactly(oldDefault, newest);
        assertThat(marketplaces().findListed(false, 10)).containsExactly(oldDefault, newest, older);
        assertThat(marketplaces().countListed(true)).isEqualTo(4);
        assertThat(marketplaces().countListed(false)).isEqualTo(3);
    }

    @Test
    void the_enabled_marketplaces_are_all_but_the_disabled_ones_in_listing_order() {
        Marketplace defaultOne = stored(flagged(marketplace("default", T0), true, true, T0));
        stored(flagged(marketplace("disabled", T0), false, false, T0.plusSeconds(5)));
        Marketplace enabled = stored(marketplace("enabled", T0.plusSeconds(1)));

        assertThat(marketplaces().findEnabled()).containsExactly(defaultOne, enabled);
    }

    @Test
    void the_default_marketplace_is_found_and_absent_when_none_is_flagged() {
        stored(marketplace("plain", T0));
        assertThat(marketplaces().findDefault()).isEmpty();

        Marketplace defaultOne = stored(flagged(marketplace("default", T0.plusSeconds(1)), true, true, T0.plusSeconds(1)));
        stored(flagged(marketplace("later-default", T0.plusSeconds(2)), true, true, T0.plusSeconds(2)));

        assertThat(marketplaces().findDefault()).contains(defaultOne);
    }

    @Test
    void updating_or_deleting_a_missing_marketplace_reports_false() {
        Marketplace ghost = marketplace("ghost", T0);

        assertThat(marketplaces().update(ghost)).isFalse();
        assertThat(marketplaces().deleteById(ghost.id())).isFalse();
    }

    @Test
    void a_deleted_marketplace_is_gone() {
        Marketplace marketplace = stored(marketplace("plugins", T0));

        assertThat(marketplaces().deleteById(marketplace.id())).isTrue();
        assertThat(marketplaces().findById(marketplace.id())).isEmpty();
        assertThat(marketplaces().countListed(true)).isZero();
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            marketplaces().insert(marketplace("plugins", T0));
            marketplaces().insert(marketplace("plugins", T0));
        })).isInstanceOf(DuplicateMarketplaceRepositoryException.class);

        assertThat(marketplaces().countListed(true)).isZero();
    }
}
