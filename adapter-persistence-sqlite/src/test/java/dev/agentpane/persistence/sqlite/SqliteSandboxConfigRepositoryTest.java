package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.SandboxConfigRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteSandboxConfigRepositoryTest extends SandboxConfigRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
