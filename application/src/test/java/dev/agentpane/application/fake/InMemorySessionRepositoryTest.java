package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SessionRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
