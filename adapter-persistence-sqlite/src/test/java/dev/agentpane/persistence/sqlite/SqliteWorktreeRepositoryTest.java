package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.WorktreeRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteWorktreeRepositoryTest extends WorktreeRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
