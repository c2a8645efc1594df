package dev.agentpane.bootstrap.e2e;

import dev.agentpane.bootstrap.AgentPaneApplication;
import dev.agentpane.bootstrap.EnvironmentConfig;
import dev.agentpane.web.testing.ApiClient;
import java.util.HashMap;
import java.util.Map;

/** The whole application, as {@code main} starts it, on a free port of the loopback interface. */
public final class RunningServer implements AutoCloseable {
    private final AgentPaneApplication application;
    public final ApiClient api;

    private RunningServer(AgentPaneApplication application) {
        this.application = application;
        this.api = new ApiClient(application.port());
    }

    public static RunningServer start(TestDatabase database, Map<String, String> extraEnvironment) {
        Map<String, String> env = new HashMap<>(database.environment());
        env.put("PORT", "0");
        env.putAll(extraEnvironment);
        try {
            return new RunningServer(AgentPaneApplication.start(EnvironmentConfig.from(env)));
        } catch (Exception e) {
            throw new IllegalStateException("The application did not start: " + e, e);
        }
    }

    public static RunningServer start(TestDatabase database) {
        return start(database, Map.of());
    }

    /** A bean of the running application (a port or a use case). */
    public <T> T bean(Class<T> type) {
        return application.bean(type);
    }

    @Override
    public void close() {
        try {
            application.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
