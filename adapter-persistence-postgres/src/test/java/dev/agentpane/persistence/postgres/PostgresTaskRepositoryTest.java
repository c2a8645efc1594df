package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.TaskRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresTaskRepositoryTest extends TaskRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
