package dev.agentpane.persistence.postgres;

import dev.agentpane.persistence.portability.Column;
import dev.agentpane.persistence.portability.LogicalType;
import dev.agentpane.persistence.portability.RowWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows into one table through {@code COPY … FROM STDIN} in text format: the fastest way into PostgreSQL, about one
 * network write per megabyte of rows. A COPY starts with the first row after a {@link #flush()}, so a caller may
 * commit between flushes.
 */
final class PostgresCopyWriter implements RowWriter {
    private static final int SEND_AT_CHARS = 1 << 20;

    private final CopyManager copyManager;
    private final String table;
    private final String sql;
    private final LogicalType[] types;
    private final StringBuilder buffer = new StringBuilder(SEND_AT_CHARS + 4_096);
    private CopyIn active;

    PostgresCopyWriter(Connection connection, String table, List<Column> columns) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        this.table = table;
        this.sql = "COPY " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ") FROM STDIN";
        this.types = columns.stream().map(Column::type).toArray(LogicalType[]::new);
    }

    @Override
    public void write(Object[] row) throws SQLException {
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(types[i], row[i]);
        }
        buffer.append('\n');
        if (buffer.length() >= SEND_AT_CHARS) {
            send();
        }
    }

    @Override
    public void flush() throws SQLException {
        send();
        if (active != null) {
            CopyIn finishing = active;
            active = null;
            try {
                finishing.endCopy();
            } catch (SQLException e) {
                throw new SQLException("Cannot copy into " + table + ": " + e.getMessage(), e.getSQLState(), e);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (active != null && active.isActive()) {
            active.cancelCopy();
        }
        active = null;
    }

    private void send() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            if (active == null) {
                active = copyManager.copyIn(sql);
            }
            active.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new SQLException("Cannot copy into " + table + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private void append(LogicalType type, Object value) {
        if (value == null) {
            buffer.append("\\N");
            return;
        }
        switch (type) {
            case TEXT, JSON -> escape((String) value);
            case INTEGER -> buffer.append((long) (Long) value);
            case REAL -> buffer.append(Double.toString((Double) value));
            case BOOLEAN -> buffer.append((Boolean) value ? 't' : 'f');
            case TIMESTAMP -> buffer.append(((Instant) value).toString());
            default -> throw new IllegalArgumentException(type.name());
        }
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped; everything else is literal. */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }
}
