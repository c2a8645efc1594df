package dev.agentpane.persistence.portability;

import java.sql.SQLException;

/** Rows on their way into one table: buffered and sent in batches; {@link #flush()} sends what is buffered. */
public interface RowWriter extends AutoCloseable {
    /** One row: a value of each column's Java type (see {@link LogicalType}), or null. */
    void write(Object[] row) throws SQLException;

    void flush() throws SQLException;

    @Override
    void close() throws SQLException;
}
