package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.WorkflowRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresWorkflowRepositoryTest extends WorkflowRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
