package dev.agentpane.application.port.in.marketplace;

import dev.agentpane.domain.marketplace.Marketplace;

public interface UpdateMarketplaceUseCase {
    /**
     * @throws dev.agentpane.domain.marketplace.MarketplaceNotFoundException when no marketplace has the id
     * @throws dev.agentpane.domain.marketplace.DefaultMarketplaceProtectedException when the default one would be disabled
     */
    Marketplace update(UpdateMarketplaceCommand command);
}
