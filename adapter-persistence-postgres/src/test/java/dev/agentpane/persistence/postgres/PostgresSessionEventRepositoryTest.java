package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.SessionEventRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresSessionEventRepositoryTest extends SessionEventRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
