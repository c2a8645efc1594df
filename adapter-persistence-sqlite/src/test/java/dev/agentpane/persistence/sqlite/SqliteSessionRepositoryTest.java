package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.SessionRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteSessionRepositoryTest extends SessionRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
