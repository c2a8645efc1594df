package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.SandboxInstanceRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresSandboxInstanceRepositoryTest extends SandboxInstanceRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
