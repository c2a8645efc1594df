package dev.agentpane.web;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.ProjectAndSettingsApiContract;

/** The route contract against the web adapter over in-memory fakes. */
class ProjectAndSettingsApiTest extends ProjectAndSettingsApiContract {
    @Override
    protected ApiServer openServer() {
        return FakeBackedServer.open();
    }
}
