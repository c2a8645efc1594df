package dev.agentpane.bootstrap;

import dev.agentpane.persistence.postgres.PostgresSettings;
import dev.agentpane.persistence.postgres.PostgresUrl;
import dev.agentpane.persistence.sqlite.SqliteSettings;
import dev.agentpane.web.server.WebSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Every variable of the environment, read and checked once at start-up. A wrong value ends the start with one line
 * naming the variable and what it allows; a password never appears in it.
 */
public record EnvironmentConfig(
        String host,
        int port,
        DatabaseMode databaseMode,
        SqliteSettings sqlite,
        PostgresSettings postgres,
        String corsOrigin,
        long maxBodyBytes,
        String authToken,
        Path dataDirectory,
        Duration streamPingInterval) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3001;
    public static final String DEFAULT_DB_PATH = "./data/agentpane.db";
    /** How often a session stream sends {@code : ping} (the original: every 15 s). */
    public static final long DEFAULT_SSE_PING_INTERVAL_MS = 15_000;

    public static EnvironmentConfig from(Map<String, String> env) {
        String host = value(env, "HOST", DEFAULT_HOST);
        int port = integer(env, "PORT", DEFAULT_PORT, 0, 65_535);
        Database database = database(env);
        String authToken = authToken(env, host);
        return new EnvironmentConfig(host, port, database.mode(), database.sqlite(), database.postgres(),
                value(env, "CORS_ORIGIN", WebSettings.DEFAULT_CORS_ORIGIN),
                integer(env, "MAX_BODY_BYTES", WebSettings.DEFAULT_MAX_BODY_BYTES, 1, Integer.MAX_VALUE),
                authToken,
                Path.of(value(env, "SQLITE_DATA_DIR", "./data")),
                Duration.ofMillis(integer(env, "SSE_PING_INTERVAL_MS", DEFAULT_SSE_PING_INTERVAL_MS, 10, 3_600_000)));
    }

    /** The database part of the environment: DB_MODE with DB_PATH or DATABASE_URL (the other one is null). */
    public record Database(DatabaseMode mode, SqliteSettings sqlite, PostgresSettings postgres) {
    }

    /** Only DB_MODE, DB_PATH and DATABASE_URL, checked as at start-up: what the {@code db} commands use by default. */
    public static Database database(Map<String, String> env) {
        DatabaseMode mode = databaseMode(env);
        return new Database(mode,
                mode == DatabaseMode.SQLITE ? SqliteSettings.of(Path.of(value(env, "DB_PATH", DEFAULT_DB_PATH))) : null,
                mode == DatabaseMode.POSTGRES ? postgres(env) : null);
    }

    public WebSettings webSettings() {
        return new WebSettings(host, port, corsOrigin, maxBodyBytes, authToken, WebSettings.ROUTE_BODY_LIMITS);
    }

    /** Where the data lives, for the start-up line: a file path or a URL without credentials. */
    public String databaseDescription() {
        return databaseMode == DatabaseMode.SQLITE
                ? "SQLite " + sqlite.databaseFile().toAbsolutePath().normalize()
                : "PostgreSQL " + PostgresUrl.mask(postgres.jdbcUrl());
    }

    private static DatabaseMode databaseMode(Map<String, String> env) {
        String raw = value(env, "DB_MODE", "sqlite");
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "sqlite" -> DatabaseMode.SQLITE;
            case "postgres", "postgresql" -> DatabaseMode.POSTGRES;
            default -> throw new ConfigurationException("DB_MODE must be sqlite or postgres, got '" + raw + "'");
        };
    }

    private static PostgresSettings postgres(Map<String, String> env) {
        String url = value(env, "DATABASE_URL", null);
        if (url == null) {
            throw new ConfigurationException("DATABASE_URL is required when DB_MODE=postgres "
                    + "(postgresql://user:password@host:5432/database, postgres://… or jdbc:postgresql://…)");
        }
        int poolSize = integer(env, "DB_POOL_SIZE", PostgresSettings.DEFAULT_POOL_SIZE, 1, 200);
        try {
            return PostgresUrl.parse(url, poolSize);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("DATABASE_URL is not a PostgreSQL URL: " + e.getMessage());
        }
    }

    private static String authToken(Map<String, String> env, String host) {
        String token = value(env, "AUTH_TOKEN", null);
        String mode = value(env, "AUTH_MODE", "token").toLowerCase(Locale.ROOT);
        switch (mode) {
            case "none" -> {
                if (token != null) {
                    throw new ConfigurationException("AUTH_MODE=none contradicts AUTH_TOKEN: unset one of them");
                }
                return null;
            }
            case "token" -> {
                if (token == null && !isLoopback(host)) {
                    throw new ConfigurationException("HOST=" + host + " exposes the API beyond this machine: set AUTH_TOKEN, "
                            + "or AUTH_MODE=none to serve without the access gate");
                }
                return token;
            }
            default -> throw new ConfigurationException("AUTH_MODE must be token or none, got '" + mode + "'");
        }
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ConfigurationException("HOST names no address of this machine: '" + host + "'");
        }
    }

    private static String value(Map<String, String> env, String name, String defaultValue) {
        String raw = env.get(name);
        return raw == null || raw.isBlank() ? defaultValue : raw.trim();
    }

    private static long integer(Map<String, String> env, String name, long defaultValue, long min, long max) {
        String raw = value(env, name, null);
        if (raw == null) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(raw);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigurationException(name + " must be an integer from " + min + " to " + max + ", got '" + raw + "'");
    }

    private static int integer(Map<String, String> env, String name, int defaultValue, int min, int max) {
        return (int) integer(env, name, (long) defaultValue, (long) min, (long) max);
    }

    @Override
    public String toString() {
        return "EnvironmentConfig[host=" + host + ", port=" + port + ", database=" + databaseDescription() + ", authToken="
                + (authToken == null ? "none" : "****") + "]";
    }
}
