package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.ProjectRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteProjectRepositoryTest extends ProjectRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
