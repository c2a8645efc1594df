package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TerraformModuleRepositoryContract;

class PostgresTerraformModuleRepositoryTest extends TerraformModuleRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
