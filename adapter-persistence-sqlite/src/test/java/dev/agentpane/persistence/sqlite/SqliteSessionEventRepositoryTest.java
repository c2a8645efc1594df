package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.SessionEventRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteSessionEventRepositoryTest extends SessionEventRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
