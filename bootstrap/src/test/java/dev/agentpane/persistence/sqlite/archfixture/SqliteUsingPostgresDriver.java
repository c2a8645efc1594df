package dev.agentpane.persistence.sqlite.archfixture;

import org.postgresql.Driver;

/** Breaks the SQLite rule: the SQLite module needs the PostgreSQL driver. */
public class SqliteUsingPostgresDriver {
    private Driver driver;

    public Driver driver() {
        return driver;
    }
}
