package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.CliSessionRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryCliSessionRepositoryTest extends CliSessionRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
