package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SettingsRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemorySettingsRepositoryTest extends SettingsRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
