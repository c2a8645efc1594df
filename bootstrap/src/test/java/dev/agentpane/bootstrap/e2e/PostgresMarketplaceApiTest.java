package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.MarketplaceApiContract;

class PostgresMarketplaceApiTest extends MarketplaceApiContract {
    @Override
    protected ApiServer openServer() {
        return RealServer.on(TestDatabase.postgres());
    }
}
