package dev.agentpane.web;

import dev.agentpane.web.testing.ApiClient;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.ProjectAndSettingsApiContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The route contract against the web adapter over in-memory fakes. */
class ProjectAndSettingsApiTest extends ProjectAndSettingsApiContract {
    private FakeBackedServer server;

    @BeforeAll
    void start() throws Exception {
        server = FakeBackedServer.start();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Override
    protected ApiClient api() {
        return server.client;
    }

    @Override
    protected void resetData() {
        server.stores.reset();
    }
}
