package dev.agentpane.persistence.sqlite;

import dev.agentpane.persistence.portability.Column;
import dev.agentpane.persistence.portability.CopyDialect;
import dev.agentpane.persistence.portability.JdbcBatchWriter;
import dev.agentpane.persistence.portability.LogicalType;
import dev.agentpane.persistence.portability.PortabilityException;
import dev.agentpane.persistence.portability.PortableDatabase;
import dev.agentpane.persistence.portability.RowWriter;
import dev.agentpane.persistence.portability.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;

/**
 * SQLite for the copy and the import. SQLite has storage classes only, so logical types come from the schema's
 * conventions (docs/persistence-dialects.md): a JSON column has a {@code json_valid} check, a boolean an
 * {@code IN (0, 1)} check, and a TEXT column is an instant when its name ends with {@code _at}. Foreign keys are
 * deferred with {@code PRAGMA defer_foreign_keys}; triggers are dropped inside the load's transaction and created
 * again before it commits.
 */
public final class SqliteCopyDialect implements CopyDialect {
    public static final SqliteCopyDialect INSTANCE = new SqliteCopyDialect();
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    private static final Pattern JSON_CHECK = Pattern.compile("(?i)json_valid\\s*\\(\\s*(\\w+)\\s*\\)");
    private static final Pattern BOOLEAN_CHECK = Pattern.compile("(?i)CHECK\\s*\\(\\s*(\\w+)\\s+IN\\s*\\(\\s*0\\s*,\\s*1\\s*\\)\\s*\\)");

    private SqliteCopyDialect() {
    }

    /** A SQLite file as a command opens it: writable with the server's pragmas, or read-only for a source. */
    public static PortableDatabase database(Path file, boolean readOnly) {
        Path absolute = file.toAbsolutePath().normalize();
        return new PortableDatabase(INSTANCE, "SQLite " + absolute, () -> open(absolute, readOnly));
    }

    static Connection open(Path file, boolean readOnly) throws SQLException {
        if (!readOnly && file.getParent() != null) {
            try {
                java.nio.file.Files.createDirectories(file.getParent());
            } catch (java.io.IOException e) {
                throw new SQLException("Cannot create the directory of " + file + ": " + e.getMessage(), e);
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String changelog() {
        return SqlitePersistenceConfiguration.CHANGELOG;
    }

    @Override
    public String metadataSchema(Connection connection) {
        return null;
    }

    @Override
    public Map<String, LogicalType> columnTypes(Connection connection, String table) throws SQLException {
        String ddl = tableSql(connection, table);
        Set<String> json = matches(JSON_CHECK, ddl);
        Set<String> booleans = matches(BOOLEAN_CHECK, ddl);
        Map<String, LogicalType> types = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet columns = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (columns.next()) {
                String name = columns.getString("name");
                LogicalType type = typeOf(columns.getString("type").toUpperCase(Locale.ROOT), name, json, booleans);
                if (type != null) {
                    types.put(name, type);
                }
            }
        }
        return types;
    }

    /** SQLite's type affinity rules (INT, then CHAR/CLOB/TEXT, then REAL/FLOA/DOUB), refined by the conventions. */
    private static LogicalType typeOf(String declared, String column, Set<String> json, Set<String> booleans) {
        if (declared.contains("INT")) {
            return booleans.contains(column) ? LogicalType.BOOLEAN : LogicalType.INTEGER;
        }
        if (declared.contains("CHAR") || declared.contains("CLOB") || declared.contains("TEXT")) {
            if (json.contains(column)) {
                return LogicalType.JSON;
            }
            return column.endsWith("_at") ? LogicalType.TIMESTAMP : LogicalType.TEXT;
        }
        if (declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB")) {
            return LogicalType.REAL;
        }
        return null;
    }

    @Override
    public List<List<String>> uniqueKeys(Connection connection, String table) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet list = statement.executeQuery("PRAGMA index_list(" + table + ")")) {
            while (list.next()) {
                if (list.getInt("unique") == 1 && !"pk".equals(list.getString("origin")) && list.getInt("partial") == 0) {
                    indexes.add(list.getString("name"));
                }
            }
        }
        List<List<String>> keys = new ArrayList<>();
        for (String index : indexes) {
            Map<Integer, String> columns = new TreeMap<>();
            try (PreparedStatement info = connection.prepareStatement("SELECT seqno, name FROM pragma_index_info(?)")) {
                info.setString(1, index);
                try (ResultSet rows = info.executeQuery()) {
                    while (rows.next()) {
                        columns.put(rows.getInt(1), rows.getString(2));
                    }
                }
            }
            if (!columns.containsValue(null)) {
                keys.add(new ArrayList<>(columns.values()));
            }
        }
        return keys;
    }

    @Override
    public Boolean readBoolean(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        if (row.wasNull()) {
            return null;
        }
        if (value != 0 && value != 1) {
            throw PortabilityException.failed("Column " + row.getMetaData().getColumnName(index) + " holds " + value
                    + ", which is not a boolean (0 or 1)");
        }
        return value == 1;
    }

    @Override
    public Instant readTimestamp(ResultSet row, int index) throws SQLException {
        String text = row.getString(index);
        try {
            return text == null ? null : IsoInstantTextTypeHandler.parse(text);
        } catch (DateTimeParseException e) {
            throw PortabilityException.failed("Column " + row.getMetaData().getColumnName(index) + " holds '" + text
                    + "', which is not a timestamp");
        }
    }

    @Override
    public String parameter(LogicalType type) {
        return "?";
    }

    @Override
    public void bindNull(PreparedStatement statement, int index, LogicalType type) throws SQLException {
        statement.setObject(index, null);
    }

    @Override
    public void bindBoolean(PreparedStatement statement, int index, boolean value) throws SQLException {
        statement.setInt(index, value ? 1 : 0);
    }

    @Override
    public void bindTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setString(index, IsoInstantTextTypeHandler.format(value));
    }

    @Override
    public RowWriter bulkWriter(Connection connection, Table table, List<Column> columns) throws SQLException {
        return new JdbcBatchWriter(connection, this, table.name(), columns);
    }

    @Override
    public void beginConsistentRead(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        // A deferred transaction takes its snapshot at its first read: take it now, before any table is read.
        try (Statement statement = connection.createStatement();
                ResultSet ignored = statement.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
            ignored.next();
        }
    }

    @Override
    public void beginBulkLoad(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA defer_foreign_keys = ON");
        }
    }

    @Override
    public Suspension suspendTriggers(Connection connection, Collection<String> tables) throws SQLException {
        Map<String, String> triggers = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")) {
            while (rows.next()) {
                if (tables.contains(rows.getString("tbl_name"))) {
                    triggers.put(rows.getString("name"), rows.getString("sql"));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : triggers.keySet()) {
                statement.execute("DROP TRIGGER \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        return () -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : triggers.values()) {
                    statement.execute(sql);
                }
            }
        };
    }

    @Override
    public void deleteAll(Connection connection, List<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                statement.execute("DELETE FROM " + tables.get(i));
            }
        }
    }

    @Override
    public void checkForeignKeys(Connection connection) throws SQLException {
        String table = null;
        long rowid = 0;
        String parent = null;
        try (Statement statement = connection.createStatement(); ResultSet violation = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (violation.next()) {
                table = violation.getString(1);
                rowid = violation.getLong(2);
                parent = violation.getString(3);
            }
        }
        if (table != null) {
            throw PortabilityException.failed("A foreign key does not hold: row " + rowid + " of " + table
                    + " references a row of " + parent + " that does not exist");
        }
    }

    private static String tableSql(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> columns = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            columns.add(matcher.group(1));
        }
        return columns;
    }
}
