package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.ApiKeyRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
