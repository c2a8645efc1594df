package dev.agentpane.persistence.portability;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Column reads that every dialect does alike: numbers with their NULL. */
public final class JdbcValues {
    private JdbcValues() {
    }

    public static Long readLong(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        return row.wasNull() ? null : value;
    }

    public static Double readDouble(ResultSet row, int index) throws SQLException {
        double value = row.getDouble(index);
        return row.wasNull() ? null : value;
    }
}
