package dev.agentpane.bootstrap.e2e;

import dev.agentpane.web.testing.ApiServer;
import dev.agentpane.web.testing.CliMonitorApiContract;
import java.util.Map;

class SqliteCliMonitorApiTest extends CliMonitorApiContract {
    @Override
    protected ApiServer openServer() {
        return RealServer.on(TestDatabase.sqlite(), Map.of("SSE_PING_INTERVAL_MS", String.valueOf(KEEP_ALIVE.toMillis())));
    }
}
