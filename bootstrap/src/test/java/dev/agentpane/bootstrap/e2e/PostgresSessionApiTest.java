package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.SessionApiContract;

class PostgresSessionApiTest extends SessionApiContract {
    @Override
    protected ApiServer openServer() {
        return RealServer.on(TestDatabase.postgres());
    }
}
