package dev.agentpane.persistence.portability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the dialect-free copy, verification and import need from one database: how its columns map to
 * {@link LogicalType}s, how values are read and written, how a bulk load is made (constraints deferred, triggers
 * suspended, rows streamed) and how a consistent read is opened. Implemented once per dialect module.
 */
public interface CopyDialect {

    /** {@code sqlite} or {@code postgres}. */
    String name();

    /** The dialect's Liquibase changelog, which brings a database to the current schema. */
    String changelog();

    /** The schema argument for {@link java.sql.DatabaseMetaData} calls (null when the dialect has none). */
    String metadataSchema(Connection connection) throws SQLException;

    /** The logical type of each column of {@code table}, by column name. */
    Map<String, LogicalType> columnTypes(Connection connection, String table) throws SQLException;

    /** Unique keys of {@code table} other than its primary key, each as its columns; partial unique indexes left out. */
    List<List<String>> uniqueKeys(Connection connection, String table) throws SQLException;

    /**
     * Reads column {@code index} of the current row as the Java type of {@code type} ({@code String}, {@code Long},
     * {@code Double}, {@code Boolean}, {@code Instant}); null for SQL NULL. Text and numbers read alike everywhere;
     * booleans and timestamps are the dialect's.
     */
    default Object read(ResultSet row, int index, LogicalType type) throws SQLException {
        return switch (type) {
            case TEXT, JSON -> row.getString(index);
            case INTEGER -> {
                long value = row.getLong(index);
                yield row.wasNull() ? null : value;
            }
            case REAL -> {
                double value = row.getDouble(index);
                yield row.wasNull() ? null : value;
            }
            case BOOLEAN -> readBoolean(row, index);
            case TIMESTAMP -> readTimestamp(row, index);
        };
    }

    /** A boolean column's value, or null. */
    Boolean readBoolean(ResultSet row, int index) throws SQLException;

    /** A timestamp column's value, or null. */
    Instant readTimestamp(ResultSet row, int index) throws SQLException;

    /** The SQL for one parameter of an insert into a column of {@code type} ({@code ?}, or a cast around it). */
    String parameter(LogicalType type);

    /** Binds a value of {@code type}'s Java type (or null) as parameter {@code index}. */
    default void bind(PreparedStatement statement, int index, LogicalType type, Object value) throws SQLException {
        if (value == null) {
            bindNull(statement, index, type);
            return;
        }
        switch (type) {
            case TEXT, JSON -> statement.setString(index, (String) value);
            case INTEGER -> statement.setLong(index, (Long) value);
            case REAL -> statement.setDouble(index, (Double) value);
            case BOOLEAN -> bindBoolean(statement, index, (Boolean) value);
            case TIMESTAMP -> bindTimestamp(statement, index, (Instant) value);
        }
    }

    void bindNull(PreparedStatement statement, int index, LogicalType type) throws SQLException;

    void bindBoolean(PreparedStatement statement, int index, boolean value) throws SQLException;

    void bindTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException;

    /** The fastest way this dialect has to insert many rows into {@code table}'s {@code columns}. */
    RowWriter bulkWriter(Connection connection, Table table, List<Column> columns) throws SQLException;

    /** Starts a read-only transaction in which every table is read as of one moment. */
    void beginConsistentRead(Connection connection) throws SQLException;

    /** Starts a write transaction in which foreign keys are checked at commit only. Called again after each commit. */
    void beginBulkLoad(Connection connection) throws SQLException;

    /** Turns off the user-defined triggers of {@code tables} until {@link Suspension#restore()}, inside the transaction. */
    Suspension suspendTriggers(Connection connection, Collection<String> tables) throws SQLException;

    /**
     * For a load that commits once: takes the foreign keys of {@code tables} off until {@link Suspension#restore()},
     * which puts each back and checks it over all rows at once (one join per key instead of one lookup per row; a
     * violation is a {@link PortabilityException} naming it). By default nothing is taken off: the deferred checks of
     * {@link #beginBulkLoad} and {@link #checkForeignKeys} are cheap enough.
     */
    default Suspension suspendForeignKeys(Connection connection, Collection<String> tables) throws SQLException {
        return () -> { };
    }

    /** Deletes every row of {@code tables} (all of them together: references between them do not matter). */
    void deleteAll(Connection connection, List<String> tables) throws SQLException;

    /**
     * Checks the deferred foreign keys now, so that a violation is reported with its table and row instead of as a
     * failed commit.
     *
     * @throws PortabilityException naming the first violation
     */
    void checkForeignKeys(Connection connection) throws SQLException;

    /** Triggers or keys taken off for a bulk load, put back before the commit. */
    interface Suspension {
        void restore() throws SQLException;
    }
}
