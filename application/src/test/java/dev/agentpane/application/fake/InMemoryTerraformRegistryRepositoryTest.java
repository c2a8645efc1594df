package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TerraformRegistryRepositoryContract;

class InMemoryTerraformRegistryRepositoryTest extends TerraformRegistryRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
