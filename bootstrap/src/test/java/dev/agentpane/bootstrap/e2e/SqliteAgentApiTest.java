package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.AgentApiContract;
import dev.agentpane.web.testing.ApiServer;

class SqliteAgentApiTest extends AgentApiContract {
    private TestDatabase database;

    @Override
    protected ApiServer openServer() {
        database = TestDatabase.sqlite();
        return RealServer.on(database);
    }

    @Override
    protected void setAgentStatus(String agentId, String status, String currentTaskId) {
        AgentRows.setStatus(database, agentId, status, currentTaskId);
    }
}
