package dev.agentpane.persistence.postgres.archfixture;

import dev.agentpane.persistence.sqlite.SqliteSettings;

/** Breaks the PostgreSQL rule: the PostgreSQL module borrows from the SQLite module. */
public class PostgresUsingSqliteModule {
    private SqliteSettings settings;

    public SqliteSettings settings() {
        return settings;
    }
}
