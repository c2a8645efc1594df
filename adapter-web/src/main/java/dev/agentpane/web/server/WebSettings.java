package dev.agentpane.web.server;

import dev.agentpane.web.climonitor.CliMonitorController;
import java.util.Map;
import java.util.Objects;

/**
 * How the HTTP server listens and guards its routes.
 *
 * @param port              0 picks a free port
 * @param authToken         null: no access gate (single developer); otherwise every route but the health probes needs it
 * @param bodyLimitsByPath  routes whose body limit differs from {@code maxBodyBytes}
 */
public record WebSettings(String host, int port, String corsOrigin, long maxBodyBytes, String authToken,
        Map<String, Long> bodyLimitsByPath) {
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final String DEFAULT_CORS_ORIGIN = "http://localhost:3000";
    /** The routes whose body limit is their own, whatever {@code MAX_BODY_BYTES} says: the CLI monitor daemon's (5 MB). */
    public static final Map<String, Long> ROUTE_BODY_LIMITS = CliMonitorController.BODY_LIMITS;

    public WebSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(corsOrigin, "corsOrigin");
        bodyLimitsByPath = Map.copyOf(bodyLimitsByPath);
    }

    @Override
    public String toString() {
        return "WebSettings[host=" + host + ", port=" + port + ", corsOrigin=" + corsOrigin + ", maxBodyBytes=" + maxBodyBytes
                + ", authToken=" + (authToken == null ? "none" : "****") + "]";
    }
}
