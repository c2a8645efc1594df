package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SessionSummaryRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemorySessionSummaryRepositoryTest extends SessionSummaryRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
