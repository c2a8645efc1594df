package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.GithubInstallationRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresGithubInstallationRepositoryTest extends GithubInstallationRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
