package dev.agentpane.application.port.in.marketplace;

import dev.agentpane.domain.marketplace.CachedPlugin;
import dev.agentpane.domain.marketplace.Marketplace;
import java.util.List;

public interface ListMarketplacePluginsUseCase {
    /** A plugin of an enabled marketplace, with the marketplace it comes from. */
    record ListedPlugin(Marketplace marketplace, CachedPlugin plugin) {
    }

    /** The matching plugins of every enabled marketplace, in marketplace listing order, each marketplace's in its order. */
    List<ListedPlugin> plugins(ListMarketplacePluginsQuery query);

    /** The distinct categories of those plugins, sorted. */
    List<String> categories();
}
