package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.ProjectAndSettingsApiContract;

class SqliteProjectAndSettingsApiTest extends ProjectAndSettingsApiContract {
    @Override
    protected ApiServer openServer() {
        return RealServer.on(TestDatabase.sqlite());
    }
}
