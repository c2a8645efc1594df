package dev.agentpane.application.port.in.marketplace;

import dev.agentpane.domain.marketplace.MarketplaceId;

public interface DeleteMarketplaceUseCase {
    /**
     * @throws dev.agentpane.domain.marketplace.MarketplaceNotFoundException when no marketplace has the id
     * @throws dev.agentpane.domain.marketplace.DefaultMarketplaceProtectedException for the default marketplace
     */
    void delete(MarketplaceId id);
}
