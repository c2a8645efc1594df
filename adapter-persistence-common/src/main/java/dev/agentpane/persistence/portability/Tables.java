package dev.agentpane.persistence.portability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Questions about a table's rows that the copy and the import both ask. */
final class Tables {
    private Tables() {
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A target that holds any row is refused: the copy would mix two databases' data. */
    static void refuseNonEmpty(Connection connection, DatabaseSchema schema, PortableDatabase target) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : schema.tables().keySet()) {
                try (ResultSet row = statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                    if (row.next()) {
                        throw PortabilityException.refused("The target " + target + " already holds data (table " + table
                                + "): add --clean to replace it");
                    }
                }
            }
        }
    }
}
