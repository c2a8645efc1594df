package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.TaskApiContract;

class SqliteTaskApiTest extends TaskApiContract {
    @Override
    protected ApiServer openServer() {
        return RealServer.on(TestDatabase.sqlite());
    }
}
