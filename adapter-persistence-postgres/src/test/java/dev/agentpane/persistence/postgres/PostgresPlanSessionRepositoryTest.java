package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.PlanSessionRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresPlanSessionRepositoryTest extends PlanSessionRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
