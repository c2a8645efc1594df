package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.ApiKeyRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresApiKeyRepositoryTest extends ApiKeyRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
