package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.PlanSessionRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqlitePlanSessionRepositoryTest extends PlanSessionRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
