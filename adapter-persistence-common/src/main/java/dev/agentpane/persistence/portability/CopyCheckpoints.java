package dev.agentpane.persistence.portability;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How far a resumable copy got, kept in the target beside the data it describes: per table the number of rows
 * committed (in the source's key order) and whether the table is complete. Each checkpoint is written in the same
 * transaction as its rows, so after an interruption the two always agree. The table exists only while a resumable
 * copy is unfinished; it is not part of the schema and never copied.
 */
final class CopyCheckpoints {
    static final String TABLE = "agentpane_copy_checkpoints";
    /** The row that names the source of the interrupted copy. */
    private static final String SOURCE_ROW = "-";

    record Progress(long copiedRows, boolean complete) {
    }

    private CopyCheckpoints() {
    }

    static boolean exist(Connection connection, CopyDialect dialect) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, dialect.metadataSchema(connection), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT).equals(TABLE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Creates the table (in the caller's transaction) and records the source. */
    static void start(Connection connection, String source) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + TABLE + " (table_name VARCHAR(200) NOT NULL PRIMARY KEY, "
                    + "copied_rows BIGINT NOT NULL, complete_flag INTEGER NOT NULL, source_description VARCHAR(2000) NOT NULL)");
        }
        write(connection, SOURCE_ROW, 0, false, source);
    }

    static String source(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT source_description FROM " + TABLE + " WHERE table_name = ?")) {
            statement.setString(1, SOURCE_ROW);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    static Map<String, Progress> load(Connection connection) throws SQLException {
        Map<String, Progress> progress = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name, copied_rows, complete_flag FROM " + TABLE)) {
            while (rows.next()) {
                if (!rows.getString(1).equals(SOURCE_ROW)) {
                    progress.put(rows.getString(1), new Progress(rows.getLong(2), rows.getInt(3) == 1));
                }
            }
        }
        return progress;
    }

    static void record(Connection connection, String table, long copiedRows, boolean complete, String source) throws SQLException {
        write(connection, table, copiedRows, complete, source);
    }

    static void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + TABLE);
        }
    }

    private static void write(Connection connection, String table, long copiedRows, boolean complete, String source) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + TABLE + " SET copied_rows = ?, complete_flag = ? WHERE table_name = ?")) {
            update.setLong(1, copiedRows);
            update.setInt(2, complete ? 1 : 0);
            update.setString(3, table);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (table_name, copied_rows, complete_flag, source_description) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, table);
            insert.setLong(2, copiedRows);
            insert.setInt(3, complete ? 1 : 0);
            insert.setString(4, source);
            insert.executeUpdate();
        }
    }
}
