package dev.agentpane.bootstrap.schema;

import dev.agentpane.bootstrap.e2e.TestDatabase;
import dev.agentpane.persistence.shared.LiquibaseSchemaMigrator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Applies a changelog to a test database without starting the application. */
final class Migrations {
    private Migrations() {
    }

    static void apply(TestDatabase database, String changelog) {
        String sqliteFile = database.environment().get("DB_PATH");
        if (sqliteFile != null) {
            try {
                Files.createDirectories(Path.of(sqliteFile).getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        LiquibaseSchemaMigrator.migrate(dataSource(database), changelog);
    }

    /** A data source that opens a new connection each time (enough for Liquibase). */
    static DataSource dataSource(TestDatabase database) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return database.connect();
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return getConnection();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }
}
