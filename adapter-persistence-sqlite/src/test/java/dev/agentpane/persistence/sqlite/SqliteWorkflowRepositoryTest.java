package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.WorkflowRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteWorkflowRepositoryTest extends WorkflowRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
