package dev.agentpane.web;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.SandboxConfigApiContract;

/** The sandbox-config route contract against the web adapter over in-memory fakes. */
class SandboxConfigApiTest extends SandboxConfigApiContract {
    @Override
    protected ApiServer openServer() {
        return FakeBackedServer.open();
    }
}
