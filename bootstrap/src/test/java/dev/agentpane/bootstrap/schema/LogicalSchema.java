package dev.agentpane.bootstrap.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database's schema read through JDBC metadata and normalised to one vocabulary, so that the SQLite and the
 * PostgreSQL schema can be compared with {@code equals}. Types: text, integer, real, boolean, json, timestamp.
 */
record LogicalSchema(Map<String, Table> tables) {

    record Column(String type, boolean nullable, boolean hasDefault) {
    }

    record ForeignKey(String column, String targetTable, String targetColumn, String onDelete) implements Comparable<ForeignKey> {
        @Override
        public int compareTo(ForeignKey other) {
            return toString().compareTo(other.toString());
        }
    }

    /** An index or unique constraint by what it covers, not by its name (SQLite names constraint indexes itself). */
    record Index(boolean unique, List<String> columns) implements Comparable<Index> {
        @Override
        public int compareTo(Index other) {
            return toString().compareTo(other.toString());
        }
    }

    record Table(Map<String, Column> columns, List<String> primaryKey, Set<ForeignKey> foreignKeys, Set<Index> indexes) {
    }

    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");
    private static final Pattern SQLITE_JSON_CHECK = Pattern.compile("CHECK \\((?:\\w+ IS NULL OR )?json_valid\\((\\w+)\\)\\)");
    private static final Pattern SQLITE_BOOLEAN_CHECK = Pattern.compile("CHECK \\((\\w+) IN \\(0, 1\\)\\)");

    static LogicalSchema read(Connection connection, String schema) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        boolean sqlite = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite");
        Map<String, Table> tables = new TreeMap<>();
        for (String table : tableNames(meta, schema)) {
            Set<String> jsonColumns = sqlite ? sqliteChecked(connection, table, SQLITE_JSON_CHECK) : Set.of();
            Set<String> booleanColumns = sqlite ? sqliteChecked(connection, table, SQLITE_BOOLEAN_CHECK) : Set.of();
            Map<String, Column> columns = new TreeMap<>();
            try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                while (rs.next()) {
                    String name = rs.getString("COLUMN_NAME");
                    String type = sqlite ? sqliteType(rs.getString("TYPE_NAME"), name, jsonColumns, booleanColumns)
                            : postgresType(rs.getString("TYPE_NAME"));
                    columns.put(name, new Column(type, rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                            rs.getString("COLUMN_DEF") != null));
                }
            }
            List<String> primaryKey = new ArrayList<>(new TreeSet<>(columnsOf(meta.getPrimaryKeys(null, schema, table), "COLUMN_NAME")));
            Set<ForeignKey> foreignKeys = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    foreignKeys.add(new ForeignKey(rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("PKCOLUMN_NAME"), deleteRule(rs.getShort("DELETE_RULE"))));
                }
            }
            tables.put(table, new Table(columns, primaryKey, foreignKeys, indexes(meta, schema, table, primaryKey)));
        }
        return new LogicalSchema(tables);
    }

    private static List<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!LIQUIBASE_TABLES.contains(name) && !name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Set<Index> indexes(DatabaseMetaData meta, String schema, String table, List<String> primaryKey) throws SQLException {
        Map<String, TreeMap<Integer, String>> columnsByIndex = new TreeMap<>();
        Map<String, Boolean> uniqueByIndex = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getString("COLUMN_NAME") == null) {
                    continue;
                }
                columnsByIndex.computeIfAbsent(name, key -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                uniqueByIndex.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        Set<Index> indexes = new TreeSet<>();
        columnsByIndex.forEach((name, columns) -> {
            List<String> ordered = new ArrayList<>(columns.values());
            boolean primary = uniqueByIndex.get(name) && new TreeSet<>(ordered).equals(new TreeSet<>(primaryKey));
            if (!primary) {
                indexes.add(new Index(uniqueByIndex.get(name), ordered));
            }
        });
        return indexes;
    }

    private static Set<String> sqliteChecked(Connection connection, String table, Pattern check) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
            while (rs.next()) {
                Matcher matcher = check.matcher(rs.getString(1));
                while (matcher.find()) {
                    columns.add(matcher.group(1));
                }
            }
        }
        // Columns added by ALTER TABLE appear in this CREATE text too: SQLite rewrites it.
        return columns;
    }

    /**
     * SQLite has storage classes only: JSON and booleans are told by their CHECKs, and a TEXT column is an instant when
     * its name ends with _at (the parity test checks in PostgreSQL that no text column breaks that naming rule).
     */
    private static String sqliteType(String declared, String column, Set<String> json, Set<String> booleans) {
        String type = declared.toUpperCase(Locale.ROOT);
        if (type.startsWith("INTEGER")) {
            return booleans.contains(column) ? "boolean" : "integer";
        }
        if (type.startsWith("REAL")) {
            return "real";
        }
        if (json.contains(column)) {
            return "json";
        }
        return column.endsWith("_at") ? "timestamp" : "text";
    }

    private static String postgresType(String declared) {
        return switch (declared.toLowerCase(Locale.ROOT)) {
            case "int4", "int8", "int2" -> "integer";
            case "float8", "float4" -> "real";
            case "bool" -> "boolean";
            case "jsonb", "json" -> "json";
            case "timestamptz" -> "timestamp";
            case "text", "varchar" -> "text";
            default -> "unmapped:" + declared;
        };
    }

    private static String deleteRule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    private static List<String> columnsOf(ResultSet rs, String column) throws SQLException {
        List<String> values = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                values.add(rs.getString(column));
            }
        }
        return values;
    }
}
