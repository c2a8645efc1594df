package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.AgentRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresAgentRepositoryTest extends AgentRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
