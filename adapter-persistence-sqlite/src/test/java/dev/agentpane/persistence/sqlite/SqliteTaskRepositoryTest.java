package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.TaskRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteTaskRepositoryTest extends TaskRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
