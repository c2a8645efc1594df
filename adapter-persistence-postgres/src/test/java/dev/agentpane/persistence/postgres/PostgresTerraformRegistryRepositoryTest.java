package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TerraformRegistryRepositoryContract;

class PostgresTerraformRegistryRepositoryTest extends TerraformRegistryRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
