package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.TemplateApiContract;

class SqliteTemplateApiTest extends TemplateApiContract {
    @Override
    protected ApiServer openServer() {
        return RealServer.on(TestDatabase.sqlite());
    }
}
