package dev.agentpane.persistence.sqlite;

import dev.agentpane.persistence.sandbox.DatabaseSandboxConfigRepositoryContract;
import dev.agentpane.persistence.shared.SpringStoreFixture;

class SqliteSandboxConfigRepositoryTest extends DatabaseSandboxConfigRepositoryContract {
    @Override
    protected SpringStoreFixture openDatabase() {
        return SqliteStores.open();
    }
}
