package dev.agentpane.application.port.in.marketplace;

import dev.agentpane.domain.marketplace.Marketplace;
import java.util.List;

/** The marketplaces of a list and how many matched in all. */
public record MarketplacePage(List<Marketplace> items, long totalCount) {
    public MarketplacePage {
        items = List.copyOf(items);
    }
}
