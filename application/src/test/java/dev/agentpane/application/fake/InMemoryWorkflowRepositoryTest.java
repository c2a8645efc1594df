package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.WorkflowRepositoryContract;

class InMemoryWorkflowRepositoryTest extends WorkflowRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
