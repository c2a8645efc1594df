package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TerraformRegistryRepositoryContract;

class SqliteTerraformRegistryRepositoryTest extends TerraformRegistryRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
