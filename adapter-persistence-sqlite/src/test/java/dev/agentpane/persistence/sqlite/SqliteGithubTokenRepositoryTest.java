package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.GithubTokenRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteGithubTokenRepositoryTest extends GithubTokenRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
