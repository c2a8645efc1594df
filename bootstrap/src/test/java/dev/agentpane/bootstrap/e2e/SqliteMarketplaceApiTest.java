package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.MarketplaceApiContract;

class SqliteMarketplaceApiTest extends MarketplaceApiContract {
    @Override
    protected ApiServer openServer() {
        return RealServer.on(TestDatabase.sqlite());
    }
}
