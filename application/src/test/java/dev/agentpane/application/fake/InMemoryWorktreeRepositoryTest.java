package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.WorktreeRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryWorktreeRepositoryTest extends WorktreeRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
