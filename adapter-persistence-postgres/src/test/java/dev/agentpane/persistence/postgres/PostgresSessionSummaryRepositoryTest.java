package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.SessionSummaryRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresSessionSummaryRepositoryTest extends SessionSummaryRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
