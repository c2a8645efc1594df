package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.TaskRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryTaskRepositoryTest extends TaskRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
