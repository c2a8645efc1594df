package dev.agentpane.persistence.sqlite;

import dev.agentpane.application.port.out.GithubInstallationRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class SqliteGithubInstallationRepositoryTest extends GithubInstallationRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return SqliteStores.open();
    }
}
