package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.ApiKeyRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteApiKeyRepositoryTest extends ApiKeyRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
