package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.WorkflowApiContract;

class PostgresWorkflowApiTest extends WorkflowApiContract {
    @Override
    protected ApiServer openServer() {
        return RealServer.on(TestDatabase.postgres());
    }
}
