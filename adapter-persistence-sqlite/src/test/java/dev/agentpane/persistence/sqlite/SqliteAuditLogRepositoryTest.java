package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.AuditLogRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteAuditLogRepositoryTest extends AuditLogRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
