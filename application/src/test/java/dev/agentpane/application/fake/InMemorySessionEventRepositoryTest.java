package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SessionEventRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemorySessionEventRepositoryTest extends SessionEventRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
