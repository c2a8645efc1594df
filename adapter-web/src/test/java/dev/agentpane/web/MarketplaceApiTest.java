package dev.agentpane.web;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.FakeBackedServer;
import dev.agentpane.web.testing.MarketplaceApiContract;

/** The marketplaces route contract against the web adapter over in-memory fakes. */
class MarketplaceApiTest extends MarketplaceApiContract {
    @Override
    protected ApiServer openServer() {
        return FakeBackedServer.open();
    }
}
