package dev.agentpane.bootstrap;

import java.util.Locale;

public enum DatabaseMode {
    SQLITE, POSTGRES;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
