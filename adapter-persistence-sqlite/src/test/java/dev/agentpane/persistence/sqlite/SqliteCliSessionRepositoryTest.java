package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.CliSessionRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteCliSessionRepositoryTest extends CliSessionRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
