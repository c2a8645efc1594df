package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.AgentRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryAgentRepositoryTest extends AgentRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
