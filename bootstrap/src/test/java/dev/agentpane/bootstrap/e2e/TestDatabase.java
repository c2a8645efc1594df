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
import java.util.Map;

/** A database for an end-to-end test class: how the application finds it (environment) and how a test looks inside. */
public interface TestDatabase extends AutoCloseable {
    /** DB_MODE and DB_PATH or DATABASE_URL. */
    Map<String, String> environment();

    String mode();

    /** What {@code /api/health} reports as the version, up to the minor number. */
    String versionPrefix();

    Connection connect() throws SQLException;

    @Override
    void close();

    default void deleteAllRows() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : SpringStoreFixture.TABLES_IN_DELETE_ORDER) {
                statement.execute("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the test database", e);
        }
    }

    default long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static TestDatabase sqlite() {
        try {
            Path directory = Files.createTempDirectory("agentpane-e2e");
            Path file = directory.resolve("nested/dir/agentpane.db");
            return new TestDatabase() {
                @Override
                public Map<String, String> environment() {
                    return Map.of("DB_MODE", "sqlite", "DB_PATH", file.toString());
                }

                @Override
                public String mode() {
                    return "sqlite";
                }

                @Override
                public String versionPrefix() {
                    return "SQLite 3.";
                }

                @Override
                public Connection connect() throws SQLException {
                    return DriverManager.getConnection("jdbc:sqlite:" + file);
                }

                @Override
                public void close() {
                    try (var paths = Files.walk(directory)) {
                        paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestDatabase postgres() {
        PostgresSettings database = PostgresTestDatabase.createDatabase();
        return new TestDatabase() {
            @Override
            public Map<String, String> environment() {
                return Map.of("DB_MODE", "postgres", "DATABASE_URL", PostgresTestDatabase.databaseUrl(database));
            }

            @Override
            public String mode() {
                return "postgres";
            }

            @Override
            public String versionPrefix() {
                return "PostgreSQL 18.";
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
            }

            @Override
            public void close() {
                PostgresTestDatabase.dropDatabase(database);
            }
        };
    }
}
