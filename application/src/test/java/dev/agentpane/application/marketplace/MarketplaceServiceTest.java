package dev.agentpane.application.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.marketplace.ListMarketplacePluginsQuery;
import dev.agentpane.application.port.in.marketplace.ListMarketplacePluginsUseCase.ListedPlugin;
import dev.agentpane.application.port.in.marketplace.ListMarketplacesQuery;
import dev.agentpane.application.port.out.MarketplaceRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.marketplace.CachedPlugin;
import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.MarketplaceId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketplaceServiceTest {
    private static final Instant NOW = Instant.parse("2026-02-03T04:05:06.789123Z");
    private final InMemoryStores stores = new InMemoryStores();
    private final MarketplaceRepository marketplaces = stores.port(MarketplaceRepository.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private MarketplaceService service(MarketplaceRepository repository) {
        return new MarketplaceService(repository, stores.port(TransactionRunner.class), clock);
    }

    @Test
    void seeding_creates_the_built_in_default_once() {
        MarketplaceService service = service(marketplaces);

        assertThat(service.seed()).isTrue();
        assertThat(service.seed()).isFalse();

        assertThat(marketplaces.findById(Marketplace.DEFAULT_ID)).contains(Marketplace.builtInDefault(Instant.parse("2026-02-03T04:05:06.789Z")));
        assertThat(marketplaces.countListed(true)).isEqualTo(1);
    }

    /** The seeder that loses a race saw no default, then finds the fixed id taken when it inserts. */
    @Test
    void a_seeder_that_loses_the_race_reports_that_it_seeded_nothing() {
        marketplaces.insert(Marketplace.builtInDefault(NOW.minusSeconds(60)));
        MarketplaceRepository blindToTheWinner = (MarketplaceRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MarketplaceRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findById") || method.getName().equals("findDefault")) {
                        return Optional.empty();
                    }
                    try {
                        return method.invoke(marketplaces, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        assertThat(service(blindToTheWinner).seed()).isFalse();

        assertThat(marketplaces.countListed(true)).isEqualTo(1);
        assertThat(marketplaces.findById(Marketplace.DEFAULT_ID).orElseThrow().createdAt()).isEqualTo(NOW.minusSeconds(60));
    }

    @Test
    void another_default_marketplace_under_another_id_also_stops_the_seed() {
        Marketplace custom = Marketplace.create("Company default", "acme", "plugins", null, null, NOW);
        marketplaces.insert(Marketplace.withId(custom.id(), custom.name(), custom.githubOwner(), custom.githubRepo(), custom.branch(),
                custom.pluginsPath(), true, true, custom.status(), null, null, null, List.of(), NOW, NOW));

        assertThat(service(marketplaces).seed()).isFalse();
        assertThat(marketplaces.findById(Marketplace.DEFAULT_ID)).isEmpty();
    }

    @Test
    void the_plugin_listing_follows_the_marketplace_order_and_skips_disabled_ones() {
        Marketplace first = withPlugins(Marketplace.create("First", "acme", "first", null, null, NOW.plusSeconds(2)), true, "b", "a");
        Marketplace second = withPlugins(Marketplace.create("Second", "acme", "second", null, null, NOW.plusSeconds(1)), true, "c");
        Marketplace off = withPlugins(Marketplace.create("Off", "acme", "off", null, null, NOW.plusSeconds(3)), false, "d");
        List.of(second, off, first).forEach(marketplaces::insert);

        List<ListedPlugin> plugins = service(marketplaces).plugins(ListMarketplacePluginsQuery.ALL);

        assertThat(plugins).extracting(listed -> listed.plugin().id()).containsExactly("b", "a", "c");
        assertThat(plugins).extracting(listed -> listed.marketplace().id()).containsExactly(first.id(), first.id(), second.id());
        assertThat(service(marketplaces).list(new ListMarketplacesQuery(false, 1)).totalCount()).isEqualTo(2);
    }

    private static Marketplace withPlugins(Marketplace m, boolean enabled, String... pluginIds) {
        List<CachedPlugin> plugins = java.util.Arrays.stream(pluginIds)
                .map(id -> new CachedPlugin(id, "Plugin " + id, null, null, null, null, null, List.of())).toList();
        return Marketplace.withId(MarketplaceId.of(m.id().value()), m.name(), m.githubOwner(), m.githubRepo(), m.branch(), m.pluginsPath(),
                false, enabled, m.status(), null, null, null, plugins, m.createdAt(), m.updatedAt());
    }
}
