package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.CliSessionRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresCliSessionRepositoryTest extends CliSessionRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
