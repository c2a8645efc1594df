package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SandboxConfigRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemorySandboxConfigRepositoryTest extends SandboxConfigRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
