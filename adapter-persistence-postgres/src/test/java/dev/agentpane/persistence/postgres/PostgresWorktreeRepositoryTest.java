package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.WorktreeRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresWorktreeRepositoryTest extends WorktreeRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
