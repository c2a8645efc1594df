package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SandboxInstanceRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemorySandboxInstanceRepositoryTest extends SandboxInstanceRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
