package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.AuditLogRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryAuditLogRepositoryTest extends AuditLogRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
