package dev.agentpane.persistence.portability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** Rows inserted with one prepared statement, sent as JDBC batches. */
public final class JdbcBatchWriter implements RowWriter {
    /** Rows per JDBC batch: large enough to amortise a round trip, small enough to keep memory flat. */
    public static final int BATCH_ROWS = 1_000;

    private final CopyDialect dialect;
    private final String table;
    private final List<Column> columns;
    private final PreparedStatement insert;
    private int pending;

    public JdbcBatchWriter(Connection connection, CopyDialect dialect, String table, List<Column> columns) throws SQLException {
        this.dialect = dialect;
        this.table = table;
        this.columns = List.copyOf(columns);
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String parameters = columns.stream().map(column -> dialect.parameter(column.type())).collect(Collectors.joining(", "));
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + parameters + ")");
    }

    @Override
    public void write(Object[] row) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            dialect.bind(insert, i + 1, columns.get(i).type(), row[i]);
        }
        insert.addBatch();
        if (++pending >= BATCH_ROWS) {
            flush();
        }
    }

    @Override
    public void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            throw new SQLException("Cannot insert into " + table + ": " + firstMessage(e), e.getSQLState(), e);
        } finally {
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }

    /** A batch failure's own message is often generic; the driver chains the row's failure behind it. */
    private static String firstMessage(SQLException e) {
        SQLException next = e.getNextException();
        return next != null && next.getMessage() != null ? next.getMessage() : e.getMessage();
    }
}
