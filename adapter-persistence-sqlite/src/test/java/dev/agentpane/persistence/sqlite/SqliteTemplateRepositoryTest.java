package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.TemplateRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteTemplateRepositoryTest extends TemplateRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
