package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.SessionStreamApiContract;
import java.util.Map;

class SqliteSessionStreamApiTest extends SessionStreamApiContract {
    @Override
    protected ApiServer openServer() {
        return RealServer.on(TestDatabase.sqlite(), Map.of("SSE_PING_INTERVAL_MS", String.valueOf(KEEP_ALIVE.toMillis())));
    }
}
