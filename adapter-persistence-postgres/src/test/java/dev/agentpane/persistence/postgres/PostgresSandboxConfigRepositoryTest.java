package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.SandboxConfigRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresSandboxConfigRepositoryTest extends SandboxConfigRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
