package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TerraformModuleRepositoryContract;

class SqliteTerraformModuleRepositoryTest extends TerraformModuleRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
