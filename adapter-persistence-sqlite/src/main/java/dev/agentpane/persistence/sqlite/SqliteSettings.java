package dev.agentpane.persistence.sqlite;

import java.nio.file.Path;
import java.util.Objects;

/** Where the SQLite database lives; its directory is created when missing. */
public record SqliteSettings(Path databaseFile, int poolSize) {
    public static final int DEFAULT_POOL_SIZE = 4;

    public SqliteSettings {
        Objects.requireNonNull(databaseFile, "databaseFile");
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1");
        }
    }

    public static SqliteSettings of(Path databaseFile) {
        return new SqliteSettings(databaseFile, DEFAULT_POOL_SIZE);
    }
}
