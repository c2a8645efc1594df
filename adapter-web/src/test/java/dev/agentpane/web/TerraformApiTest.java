package dev.agentpane.web;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.TerraformApiContract;

/** The Terraform route contract against the web adapter over in-memory fakes. */
class TerraformApiTest extends TerraformApiContract {
    @Override
    protected ApiServer openServer() {
        return FakeBackedServer.open();
    }
}
