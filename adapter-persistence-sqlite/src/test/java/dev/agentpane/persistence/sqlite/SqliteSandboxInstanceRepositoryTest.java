package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.SandboxInstanceRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteSandboxInstanceRepositoryTest extends SandboxInstanceRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
