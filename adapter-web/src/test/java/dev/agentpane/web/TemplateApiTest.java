package dev.agentpane.web;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.TemplateApiContract;

/** The templates route contract against the web adapter over in-memory fakes. */
class TemplateApiTest extends TemplateApiContract {
    @Override
    protected ApiServer openServer() {
        return FakeBackedServer.open();
    }
}
