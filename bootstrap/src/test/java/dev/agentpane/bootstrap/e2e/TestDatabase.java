package dev.agentpane.bootstrap.e2e;

import dev.agentpane.persistence.postgres.PostgresSettings;
import dev.agentpane.persistence.postgres.PostgresTestDatabase;
import dev.agentpane.persistence.shared.SpringStoreFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A database for an end-to-end test class: how the application finds it ({@code environment}: DB_MODE and DB_PATH or
 * DATABASE_URL), what {@code /api/health} must report, and a way for the test to look inside.
 */
public record TestDatabase(Map<String, String> environment, String mode, String versionPrefix, Connector connector,
        Runnable remover) implements AutoCloseable {

    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    /**
     * A fresh SQLite file in a directory that does not exist yet (the application creates it), with a data directory for
     * the encryption key beside it.
     */
    public static TestDatabase sqlite() {
        try {
            Path directory = Files.createTempDirectory("agentpane-e2e");
            Path file = directory.resolve("nested/dir/agentpane.db");
            return new TestDatabase(Map.of("DB_MODE", "sqlite", "DB_PATH", file.toString(),
                    "SQLITE_DATA_DIR", directory.resolve("data").toString()), "sqlite", "SQLite 3.",
                    () -> DriverManager.getConnection("jdbc:sqlite:" + file + "?foreign_keys=on"), () -> deleteRecursively(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh database on the test JVM's PostgreSQL 18 server, and a data directory for the encryption key. */
    public static TestDatabase postgres() {
        PostgresSettings database = PostgresTestDatabase.createDatabase();
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("agentpane-e2e-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestDatabase(Map.of("DB_MODE", "postgres", "DATABASE_URL", PostgresTestDatabase.databaseUrl(database),
                "SQLITE_DATA_DIR", dataDirectory.toString()), "postgres", "PostgreSQL 18.",
                () -> DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password()),
                () -> {
                    PostgresTestDatabase.dropDatabase(database);
                    deleteRecursively(dataDirectory);
                });
    }

    /** Where the application keeps its encryption key for this database. */
    public Path dataDirectory() {
        return Path.of(environment.get("SQLITE_DATA_DIR"));
    }

    public Connection connect() throws SQLException {
        return connector.connect();
    }

    public void deleteAllRows() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : SpringStoreFixture.TABLES_IN_DELETE_ORDER) {
                statement.execute("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the test database", e);
        }
    }

    public long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        remover.run();
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
