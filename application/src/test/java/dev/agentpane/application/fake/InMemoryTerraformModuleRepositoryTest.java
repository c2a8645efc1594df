package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TerraformModuleRepositoryContract;

class InMemoryTerraformModuleRepositoryTest extends TerraformModuleRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
