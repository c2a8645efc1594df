package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.TerraformApiContract;

class PostgresTerraformApiTest extends TerraformApiContract {
    @Override
    protected ApiServer openServer() {
        return RealServer.on(TestDatabase.postgres());
    }
}
