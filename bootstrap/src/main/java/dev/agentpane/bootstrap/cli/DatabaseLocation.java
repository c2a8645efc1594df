package dev.agentpane.bootstrap.cli;

import dev.agentpane.bootstrap.ConfigurationException;
import dev.agentpane.bootstrap.EnvironmentConfig;
import dev.agentpane.persistence.portability.PortableDatabase;
import dev.agentpane.persistence.postgres.PostgresCopyDialect;
import dev.agentpane.persistence.postgres.PostgresSettings;
import dev.agentpane.persistence.postgres.PostgresUrl;
import dev.agentpane.persistence.sqlite.SqliteCopyDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A database named on the command line ({@code --from}, {@code --to}, {@code --url}) or by the environment: a SQLite
 * file, or a PostgreSQL URL in one of the forms {@code DATABASE_URL} takes. Exactly one of the two is set.
 */
record DatabaseLocation(Path sqliteFile, PostgresSettings postgres) {
    private static final Pattern OTHER_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*|^jdbc:.*");

    /** @throws ConfigurationException naming {@code option} and what it accepts */
    static DatabaseLocation parse(String value, String option) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            throw new ConfigurationException(option + " needs a SQLite file or a PostgreSQL URL");
        }
        if (trimmed.startsWith("postgresql://") || trimmed.startsWith("postgres://") || trimmed.startsWith("jdbc:postgresql:")) {
            try {
                return new DatabaseLocation(null, PostgresUrl.parse(trimmed, 1));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(option + " is not a PostgreSQL URL: " + e.getMessage());
            }
        }
        if (trimmed.startsWith("jdbc:sqlite:")) {
            return new DatabaseLocation(Path.of(trimmed.substring("jdbc:sqlite:".length())), null);
        }
        if (OTHER_SCHEME.matcher(trimmed).matches()) {
            throw new ConfigurationException(option + " must be a SQLite file or a PostgreSQL URL "
                    + "(postgresql://user:password@host:5432/database, postgres://… or jdbc:postgresql://…), got '"
                    + PostgresUrl.mask(trimmed) + "'");
        }
        return new DatabaseLocation(Path.of(trimmed), null);
    }

    /** The server's own database: DB_MODE with DB_PATH or DATABASE_URL. */
    static DatabaseLocation fromEnvironment(Map<String, String> env) {
        EnvironmentConfig.Database database = EnvironmentConfig.database(env);
        return database.sqlite() != null ? new DatabaseLocation(database.sqlite().databaseFile(), null)
                : new DatabaseLocation(null, database.postgres());
    }

    boolean isSqlite() {
        return sqliteFile != null;
    }

    /** The password to hide in output, when the location has one. */
    String password() {
        return postgres == null ? null : postgres.password();
    }

    /** For reading only: a SQLite file must exist (opening one that does not would create it). */
    PortableDatabase forReading() {
        if (isSqlite() && !Files.isRegularFile(sqliteFile)) {
            throw new MissingDatabaseException("There is no SQLite database at " + sqliteFile.toAbsolutePath().normalize());
        }
        return isSqlite() ? SqliteCopyDialect.database(sqliteFile, true) : PostgresCopyDialect.database(postgres);
    }

    /** For writing: a SQLite file and its directory are created when missing. */
    PortableDatabase forWriting() {
        return isSqlite() ? SqliteCopyDialect.database(sqliteFile, false) : PostgresCopyDialect.database(postgres);
    }

    String description() {
        return isSqlite() ? "SQLite " + sqliteFile.toAbsolutePath().normalize() : "PostgreSQL " + PostgresUrl.mask(postgres.jdbcUrl());
    }

    /** The database cannot be opened as named: exit status 1, like an unreachable server. */
    static final class MissingDatabaseException extends RuntimeException {
        MissingDatabaseException(String message) {
            super(message);
        }
    }
}
