package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.MarketplaceRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryMarketplaceRepositoryTest extends MarketplaceRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
