package dev.agentpane.persistence.postgres;

import dev.agentpane.persistence.sandbox.DatabaseSandboxConfigRepositoryContract;
import dev.agentpane.persistence.shared.SpringStoreFixture;

class PostgresSandboxConfigRepositoryTest extends DatabaseSandboxConfigRepositoryContract {
    @Override
    protected SpringStoreFixture openDatabase() {
        return PostgresStores.open();
    }
}
