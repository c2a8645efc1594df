package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.ProjectRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresProjectRepositoryTest extends ProjectRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
