package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.SessionRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresSessionRepositoryTest extends SessionRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
