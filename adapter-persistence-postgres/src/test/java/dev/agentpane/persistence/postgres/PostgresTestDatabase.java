package dev.agentpane.persistence.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL 18 server of a test JVM, and a fresh database on it per test class. The server is, in order of
 * preference: the one at {@code AGENTPANE_TEST_DATABASE_URL}; a Testcontainers {@code postgres:18} when a Docker engine
 * answers; an embedded PostgreSQL 18 from the zonky binaries on Maven Central. A test that needs PostgreSQL never
 * skips: when none of these works, it fails and says why.
 */
public final class PostgresTestDatabase {
    public static final String URL_VARIABLE = "AGENTPANE_TEST_DATABASE_URL";
    private static final int REQUIRED_MAJOR_VERSION = 18;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    private PostgresTestDatabase() {
    }

    /** A server reachable with {@code adminUrl} (a JDBC URL of a database that exists), with a base URL for others. */
    private record Server(String jdbcBase, String adminDatabase, String user, String password, String origin) {
        String urlOf(String database) {
            return jdbcBase + database;
        }
    }

    /** Creates an empty database and returns how to reach it. */
    public static PostgresSettings createDatabase() {
        Server current = server();
        String name = "agentpane_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute(current, "CREATE DATABASE " + name);
        return new PostgresSettings(current.urlOf(name), current.user(), current.password(), 4);
    }

    /** The database as a libpq-style URL with its credentials, as DATABASE_URL takes it. */
    public static String databaseUrl(PostgresSettings database) {
        String credentials = database.user() == null ? ""
                : database.user() + (database.password() == null ? "" : ":" + database.password()) + "@";
        return "postgresql://" + credentials + database.jdbcUrl().substring("jdbc:postgresql://".length());
    }

    public static void dropDatabase(PostgresSettings database) {
        Server current = server();
        String name = database.jdbcUrl().substring(current.jdbcBase().length());
        execute(current, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Human-readable origin of the server, for logs. */
    public static String origin() {
        return server().origin();
    }

    private static synchronized Server server() {
        if (server == null) {
            server = start();
            checkVersion(server);
            System.err.println("[agentpane-test] PostgreSQL for tests: " + server.origin());
        }
        return server;
    }

    private static Server start() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            PostgresSettings settings = PostgresUrl.parse(url, 1);
            String jdbc = settings.jdbcUrl();
            int slash = jdbc.indexOf('/', "jdbc:postgresql://".length());
            String base = jdbc.substring(0, slash + 1);
            String database = jdbc.substring(slash + 1).replaceFirst("\\?.*$", "");
            return new Server(base, database, settings.user(), settings.password(), URL_VARIABLE + " (" + PostgresUrl.mask(url) + ")");
        }
        if (dockerMayBeThere() && DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:" + REQUIRED_MAJOR_VERSION);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            String jdbc = container.getJdbcUrl();
            String base = jdbc.substring(0, jdbc.lastIndexOf('/') + 1);
            return new Server(base, container.getDatabaseName(), container.getUsername(), container.getPassword(),
                    "Testcontainers postgres:" + REQUIRED_MAJOR_VERSION);
        }
        return startEmbedded();
    }

    private static Server startEmbedded() {
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the data directory is temporary
                }
            }));
            return new Server("jdbc:postgresql://localhost:" + embedded.getPort() + "/", "postgres", "postgres", null,
                    "embedded PostgreSQL (zonky) on port " + embedded.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("No PostgreSQL " + REQUIRED_MAJOR_VERSION + " for the tests: " + URL_VARIABLE
                    + " is not set, no Docker engine answers, and the embedded server failed to start: " + e, e);
        }
    }

    /** Asking Testcontainers costs seconds and a noisy log line when no engine can possibly be there. */
    private static boolean dockerMayBeThere() {
        return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
    }

    private static void checkVersion(Server candidate) {
        try (Connection connection = DriverManager.getConnection(candidate.urlOf(candidate.adminDatabase()), candidate.user(),
                candidate.password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            result.next();
            int major = result.getInt(1);
            if (major != REQUIRED_MAJOR_VERSION) {
                throw new IllegalStateException("Tests need PostgreSQL " + REQUIRED_MAJOR_VERSION + ", but " + candidate.origin()
                        + " runs PostgreSQL " + major);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test PostgreSQL at " + candidate.origin() + ": " + e.getMessage(), e);
        }
    }

    private static void execute(Server target, String sql) {
        try (Connection connection = DriverManager.getConnection(target.urlOf(target.adminDatabase()), target.user(),
                target.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql, e);
        }
    }
}
