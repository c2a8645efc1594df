package dev.agentpane.application.port.in.marketplace;

public interface ListMarketplacesUseCase {
    MarketplacePage list(ListMarketplacesQuery query);
}
