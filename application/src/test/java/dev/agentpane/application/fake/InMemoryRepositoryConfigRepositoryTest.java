package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.RepositoryConfigRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryRepositoryConfigRepositoryTest extends RepositoryConfigRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
