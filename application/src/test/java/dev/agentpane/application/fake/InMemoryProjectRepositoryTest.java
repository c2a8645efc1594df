package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.ProjectRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryProjectRepositoryTest extends ProjectRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
