package dev.agentpane.persistence.postgres;

import dev.agentpane.persistence.portability.Column;
import dev.agentpane.persistence.portability.CopyDialect;
import dev.agentpane.persistence.portability.LogicalType;
import dev.agentpane.persistence.portability.PortabilityException;
import dev.agentpane.persistence.portability.PortableDatabase;
import dev.agentpane.persistence.portability.RowWriter;
import dev.agentpane.persistence.portability.Table;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.postgresql.util.PSQLException;

/**
 * PostgreSQL for the copy and the import: types from the catalog, rows in through the COPY protocol
 * ({@link PostgresCopyWriter}), foreign keys deferred with {@code SET CONSTRAINTS ALL DEFERRED} (every key of the
 * schema is {@code DEFERRABLE}) or, in a copy that commits once, dropped and added back after the load (checked by one
 * join each, inside the same transaction), user triggers disabled with {@code ALTER TABLE … DISABLE TRIGGER} inside the
 * transaction (the table owner may; {@code session_replication_role} would need a superuser), and a consistent read as
 * one {@code REPEATABLE READ} read-only transaction.
 */
public final class PostgresCopyDialect implements CopyDialect {
    public static final PostgresCopyDialect INSTANCE = new PostgresCopyDialect();
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private PostgresCopyDialect() {
    }

    /** A PostgreSQL database as a command opens it; its description never shows the password. */
    public static PortableDatabase database(PostgresSettings settings) {
        return new PortableDatabase(INSTANCE, "PostgreSQL " + PostgresUrl.mask(settings.jdbcUrl()), () -> {
            Properties properties = new Properties();
            if (settings.user() != null) {
                properties.setProperty("user", settings.user());
            }
            if (settings.password() != null) {
                properties.setProperty("password", settings.password());
            }
            properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
            properties.setProperty("ApplicationName", "agentpane-db");
            return DriverManager.getConnection(settings.jdbcUrl(), properties);
        });
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public String changelog() {
        return PostgresPersistenceConfiguration.CHANGELOG;
    }

    @Override
    public String metadataSchema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    @Override
    public Map<String, LogicalType> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, LogicalType> types = new TreeMap<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
            while (columns.next()) {
                LogicalType type = switch (columns.getString("TYPE_NAME").toLowerCase(Locale.ROOT)) {
                    case "text", "varchar", "bpchar" -> LogicalType.TEXT;
                    case "int2", "int4", "int8" -> LogicalType.INTEGER;
                    case "float4", "float8" -> LogicalType.REAL;
                    case "bool" -> LogicalType.BOOLEAN;
                    case "json", "jsonb" -> LogicalType.JSON;
                    case "timestamptz" -> LogicalType.TIMESTAMP;
                    default -> null;
                };
                if (type != null) {
                    types.put(columns.getString("COLUMN_NAME"), type);
                }
            }
        }
        return types;
    }

    @Override
    public List<List<String>> uniqueKeys(Connection connection, String table) throws SQLException {
        String sql = """
                SELECT array_agg(a.attname::text ORDER BY k.ord)
                FROM pg_index i
                JOIN pg_class t ON t.oid = i.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                WHERE t.relname = ? AND n.nspname = current_schema()
                  AND i.indisunique AND NOT i.indisprimary AND i.indpred IS NULL AND i.indexprs IS NULL
                GROUP BY i.indexrelid
                ORDER BY i.indexrelid""";
        List<List<String>> keys = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Array columns = rows.getArray(1);
                    keys.add(Arrays.asList((String[]) columns.getArray()));
                }
            }
        }
        return keys;
    }

    @Override
    public Boolean readBoolean(ResultSet row, int index) throws SQLException {
        boolean value = row.getBoolean(index);
        return row.wasNull() ? null : value;
    }

    @Override
    public Instant readTimestamp(ResultSet row, int index) throws SQLException {
        OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public String parameter(LogicalType type) {
        return type == LogicalType.JSON ? "CAST(? AS jsonb)" : "?";
    }

    @Override
    public void bindNull(PreparedStatement statement, int index, LogicalType type) throws SQLException {
        statement.setNull(index, switch (type) {
            case TEXT, JSON -> Types.VARCHAR;
            case INTEGER -> Types.BIGINT;
            case REAL -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
        });
    }

    @Override
    public void bindBoolean(PreparedStatement statement, int index, boolean value) throws SQLException {
        statement.setBoolean(index, value);
    }

    @Override
    public void bindTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public RowWriter bulkWriter(Connection connection, Table table, List<Column> columns) throws SQLException {
        return new PostgresCopyWriter(connection, table.name(), columns);
    }

    @Override
    public void beginConsistentRead(Connection connection) throws SQLException {
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        connection.setAutoCommit(false);
    }

    @Override
    public void beginBulkLoad(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET CONSTRAINTS ALL DEFERRED");
        }
    }

    @Override
    public Suspension suspendTriggers(Connection connection, Collection<String> tables) throws SQLException {
        String sql = """
                SELECT c.relname, t.tgname
                FROM pg_trigger t
                JOIN pg_class c ON c.oid = t.tgrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND n.nspname = current_schema() AND c.relname = ANY (?)
                ORDER BY c.relname, t.tgname""";
        List<String[]> triggers = catalogRows(connection, sql, tables);
        alterTriggers(connection, triggers, "DISABLE");
        return () -> alterTriggers(connection, triggers, "ENABLE");
    }

    private static void alterTriggers(Connection connection, List<String[]> triggers, String action) throws SQLException {
        executeEach(connection, triggers.stream()
                .map(trigger -> "ALTER TABLE " + quoted(trigger[0]) + " " + action + " TRIGGER " + quoted(trigger[1])).toList());
    }

    /**
     * Deferred keys are checked row by row at the end (a key-share lock on the parent per row: 9.5 s for a million
     * session events); a key added to a loaded table is checked with one join.
     */
    @Override
    public Suspension suspendForeignKeys(Connection connection, Collection<String> tables) throws SQLException {
        String sql = """
                SELECT r.relname, c.conname, pg_get_constraintdef(c.oid)
                FROM pg_constraint c
                JOIN pg_class r ON r.oid = c.conrelid
                JOIN pg_namespace n ON n.oid = r.relnamespace
                WHERE c.contype = 'f' AND n.nspname = current_schema() AND r.relname = ANY (?)
                ORDER BY r.relname, c.conname""";
        List<String[]> keys = catalogRows(connection, sql, tables);
        executeEach(connection, keys.stream()
                .map(key -> "ALTER TABLE " + quoted(key[0]) + " DROP CONSTRAINT " + quoted(key[1])).toList());
        return () -> {
            try {
                executeEach(connection, keys.stream()
                        .map(key -> "ALTER TABLE " + quoted(key[0]) + " ADD CONSTRAINT " + quoted(key[1]) + " " + key[2]).toList());
            } catch (PSQLException e) {
                throw foreignKeyViolation(e);
            }
        };
    }

    /** The rows of a catalog query whose one parameter is the array of {@code tables}, each as its text columns. */
    private static List<String[]> catalogRows(Connection connection, String sql, Collection<String> tables) throws SQLException {
        List<String[]> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                int width = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    String[] row = new String[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rows.getString(i + 1);
                    }
                    result.add(row);
                }
            }
        }
        return result;
    }

    private static void executeEach(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void deleteAll(Connection connection, List<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE TABLE " + String.join(", ", tables));
        }
    }

    @Override
    public void checkForeignKeys(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET CONSTRAINTS ALL IMMEDIATE");
        } catch (PSQLException e) {
            throw foreignKeyViolation(e);
        }
    }

    private static PortabilityException foreignKeyViolation(PSQLException e) {
        if (e.getServerErrorMessage() == null) {
            return PortabilityException.failed("A foreign key does not hold: " + e.getMessage());
        }
        String detail = e.getServerErrorMessage().getDetail();
        return PortabilityException.failed("A foreign key does not hold: " + e.getServerErrorMessage().getMessage()
                + (detail == null ? "" : " (" + detail + ")"));
    }
}
