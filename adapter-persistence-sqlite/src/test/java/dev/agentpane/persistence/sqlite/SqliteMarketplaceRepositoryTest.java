package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.MarketplaceRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteMarketplaceRepositoryTest extends MarketplaceRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
