package dev.agentpane.web;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.SecretApiContract;

/** The stored-secrets route contract against the web adapter over in-memory fakes. */
class SecretApiTest extends SecretApiContract {
    @Override
    protected ApiServer openServer() {
        return FakeBackedServer.open();
    }
}
