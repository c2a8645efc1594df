package dev.agentpane.web;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.WorkflowApiContract;

/** The workflow route contract against the web adapter over in-memory fakes. */
class WorkflowApiTest extends WorkflowApiContract {
    @Override
    protected ApiServer openServer() {
        return FakeBackedServer.open();
    }
}
