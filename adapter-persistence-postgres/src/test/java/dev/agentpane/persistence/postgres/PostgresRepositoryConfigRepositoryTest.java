package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.RepositoryConfigRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresRepositoryConfigRepositoryTest extends RepositoryConfigRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
