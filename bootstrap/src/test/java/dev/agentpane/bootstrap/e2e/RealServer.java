package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiClient;
import dev.agentpane.web.testing.ApiServer;

/** The whole application on a fresh database, for the route contracts. */
public final class RealServer implements ApiServer {
    private final TestDatabase database;
    private final RunningServer server;

    private RealServer(TestDatabase database) {
        this.database = database;
        this.server = RunningServer.start(database);
    }

    public static RealServer on(TestDatabase database) {
        return new RealServer(database);
    }

    @Override
    public ApiClient client() {
        return server.api;
    }

    @Override
    public void reset() {
        database.deleteAllRows();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            database.close();
        }
    }
}
