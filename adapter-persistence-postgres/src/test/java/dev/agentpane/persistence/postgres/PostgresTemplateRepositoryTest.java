package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.TemplateRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresTemplateRepositoryTest extends TemplateRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
