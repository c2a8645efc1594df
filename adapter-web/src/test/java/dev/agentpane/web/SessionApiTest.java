package dev.agentpane.web;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.SessionApiContract;

/** The route contract against the web adapter over in-memory fakes. */
class SessionApiTest extends SessionApiContract {
    @Override
    protected ApiServer openServer() {
        return FakeBackedServer.open();
    }
}
