package dev.agentpane.application.port.in.marketplace;

import dev.agentpane.domain.marketplace.Marketplace;

public interface CreateMarketplaceUseCase {
    /** @throws dev.agentpane.domain.marketplace.DuplicateMarketplaceRepositoryException when the repository backs a marketplace already */
    Marketplace create(CreateMarketplaceCommand command);
}
