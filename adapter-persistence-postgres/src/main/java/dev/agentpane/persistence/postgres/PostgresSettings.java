package dev.agentpane.persistence.postgres;

import java.util.Objects;

/**
 * How to reach PostgreSQL. {@link #toString()} never shows the password.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://host:port/database[?params]} without credentials
 * @param user     null to let the driver decide
 * @param password null when none is needed
 */
public record PostgresSettings(String jdbcUrl, String user, String password, int poolSize) {
    public static final int DEFAULT_POOL_SIZE = 10;

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("jdbcUrl must start with jdbc:postgresql:");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1");
        }
    }

    @Override
    public String toString() {
        return "PostgresSettings[jdbcUrl=" + PostgresUrl.mask(jdbcUrl) + ", user=" + user + ", password=" + (password == null ? "none" : "****")
                + ", poolSize=" + poolSize + "]";
    }
}
