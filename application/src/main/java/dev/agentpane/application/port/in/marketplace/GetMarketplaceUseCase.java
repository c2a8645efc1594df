package dev.agentpane.application.port.in.marketplace;

import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.MarketplaceId;

public interface GetMarketplaceUseCase {
    /** @throws dev.agentpane.domain.marketplace.MarketplaceNotFoundException when no marketplace has the id */
    Marketplace get(MarketplaceId id);
}
