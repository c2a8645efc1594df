package dev.agentpane.application.port.in.marketplace;

import dev.agentpane.domain.marketplace.MarketplaceId;

/**
 * Which plugins of the enabled marketplaces to list; a null part does not filter, blank text counts as absent.
 *
 * @param search   text the plugin's name or description contains, ignoring case
 * @param category the plugin's category, exactly
 */
public record ListMarketplacePluginsQuery(String search, String category, MarketplaceId marketplaceId) {
    public static final ListMarketplacePluginsQuery ALL = new ListMarketplacePluginsQuery(null, null, null);

    public ListMarketplacePluginsQuery {
        search = search == null || search.isBlank() ? null : search;
        category = category == null || category.isEmpty() ? null : category;
    }
}
