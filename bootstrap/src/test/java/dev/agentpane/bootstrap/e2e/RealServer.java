package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiClient;
import dev.agentpane.web.testing.ApiServer;
import java.util.Map;

/** The whole application on a fresh database, for the route contracts. */
public final class RealServer implements ApiServer {
    private final TestDatabase database;
    private final RunningServer server;

    private RealServer(TestDatabase database, Map<String, String> extraEnvironment) {
        this.database = database;
        this.server = RunningServer.start(database, extraEnvironment);
    }

    public static RealServer on(TestDatabase database) {
        return new RealServer(database, Map.of());
    }

    /** The application started with more environment variables (a shorter stream keep-alive, say). */
    public static RealServer on(TestDatabase database, Map<String, String> extraEnvironment) {
        return new RealServer(database, extraEnvironment);
    }

    @Override
    public <T> T port(Class<T> portType) {
        return server.bean(portType);
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
