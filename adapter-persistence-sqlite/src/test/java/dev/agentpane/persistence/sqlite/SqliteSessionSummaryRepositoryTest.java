package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.SessionSummaryRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteSessionSummaryRepositoryTest extends SessionSummaryRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
