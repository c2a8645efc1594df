package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.AuditLogRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresAuditLogRepositoryTest extends AuditLogRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
