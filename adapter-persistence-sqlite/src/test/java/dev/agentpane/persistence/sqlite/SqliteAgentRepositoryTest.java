package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.AgentRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteAgentRepositoryTest extends AgentRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
