package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiClient;
import dev.agentpane.web.testing.ProjectAndSettingsApiContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The route contract against the real application on a real database. */
abstract class RealApplicationApiContract extends ProjectAndSettingsApiContract {
    private TestDatabase database;
    private RunningServer server;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void start() {
        database = openDatabase();
        server = RunningServer.start(database);
    }

    @AfterAll
    void stop() {
        server.close();
        database.close();
    }

    @Override
    protected ApiClient api() {
        return server.api;
    }

    @Override
    protected void resetData() {
        database.deleteAllRows();
    }
}
