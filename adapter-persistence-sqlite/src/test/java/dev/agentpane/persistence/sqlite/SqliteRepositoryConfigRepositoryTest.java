package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.RepositoryConfigRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteRepositoryConfigRepositoryTest extends RepositoryConfigRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
