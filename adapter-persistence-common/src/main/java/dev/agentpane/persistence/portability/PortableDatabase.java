package dev.agentpane.persistence.portability;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * One database that a command reads or writes: its dialect, how to open a connection to it, and a description for
 * messages (a file path, or a URL whose password is masked).
 *
 * @param connector opens a new connection with auto-commit on; the caller closes it
 */
public record PortableDatabase(CopyDialect dialect, String description, Connector connector) {

    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    public PortableDatabase {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(connector, "connector");
    }

    public Connection open() throws SQLException {
        return connector.open();
    }

    @Override
    public String toString() {
        return description;
    }
}
