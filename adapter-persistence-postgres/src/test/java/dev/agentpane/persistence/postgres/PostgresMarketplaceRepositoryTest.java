package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.MarketplaceRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresMarketplaceRepositoryTest extends MarketplaceRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
