package dev.agentpane.application.port.in.marketplace;

import dev.agentpane.domain.marketplace.MarketplaceId;

public interface SyncMarketplaceUseCase {
    /**
     * Syncs the marketplace's plugins from GitHub; until the GitHub integration exists, refused as unavailable.
     *
     * @throws dev.agentpane.domain.marketplace.MarketplaceNotFoundException when no marketplace has the id
     * @throws dev.agentpane.domain.shared.SyncUnavailableException when the marketplace exists
     */
    void sync(MarketplaceId id);
}
