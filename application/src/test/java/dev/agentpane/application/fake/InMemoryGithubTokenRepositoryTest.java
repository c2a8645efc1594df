package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.GithubTokenRepositoryContract;
import dev.agentpane.application.port.out.StoreFixture;

class InMemoryGithubTokenRepositoryTest extends GithubTokenRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
