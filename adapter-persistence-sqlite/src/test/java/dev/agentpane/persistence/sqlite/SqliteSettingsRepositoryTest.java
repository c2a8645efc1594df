package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.SettingsRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteSettingsRepositoryTest extends SettingsRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
