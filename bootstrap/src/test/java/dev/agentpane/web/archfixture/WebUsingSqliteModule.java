package dev.agentpane.web.archfixture;

import dev.agentpane.persistence.sqlite.SqliteSettings;

/** Breaks the bootstrap-only rule: someone other than bootstrap picks the SQLite dialect. */
public class WebUsingSqliteModule {
    private SqliteSettings settings;

    public SqliteSettings settings() {
        return settings;
    }
}
