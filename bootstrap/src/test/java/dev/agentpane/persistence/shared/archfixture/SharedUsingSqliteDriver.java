package dev.agentpane.persistence.shared.archfixture;

import org.sqlite.JDBC;

/** Breaks the dialect-free rule: shared persistence code tied to the SQLite driver. */
public class SharedUsingSqliteDriver {
    private JDBC driver;

    public JDBC driver() {
        return driver;
    }
}
