package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.GithubTokenRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class PostgresGithubTokenRepositoryTest extends GithubTokenRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return PostgresStores.open();
    }
}
