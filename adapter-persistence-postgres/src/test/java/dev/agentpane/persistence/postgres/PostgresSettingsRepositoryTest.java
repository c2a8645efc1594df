package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.SettingsRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresSettingsRepositoryTest extends SettingsRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
