package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TemplateRepositoryContract;

class InMemoryTemplateRepositoryTest extends TemplateRepositoryContract {
    @Override
    protected StoreFixture openStore() {
        return new InMemoryStores();
    }
}
