package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.GithubInstallationRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryGithubInstallationRepositoryTest extends GithubInstallationRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
