package dev.agentpane.web;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.TaskApiContract;

/** The route contract against the web adapter over in-memory fakes. */
class TaskApiTest extends TaskApiContract {
    @Override
    protected ApiServer openServer() {
        return FakeBackedServer.open();
    }
}
