package dev.agentpane.web.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Base of the route contracts: a subclass names the server; the contract opens it once per class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiContract {
    private ApiServer server;

    protected abstract ApiServer openServer();

    @BeforeAll
    final void openServerOnce() {
        server = openServer();
    }

    @AfterAll
    final void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    protected ApiClient api() {
        return server.client();
    }

    protected <T> T port(Class<T> portType) {
        return server.port(portType);
    }

    protected void resetData() {
        server.reset();
    }
}
