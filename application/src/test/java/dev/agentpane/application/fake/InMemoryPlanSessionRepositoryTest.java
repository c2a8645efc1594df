package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.PlanSessionRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryPlanSessionRepositoryTest extends PlanSessionRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
