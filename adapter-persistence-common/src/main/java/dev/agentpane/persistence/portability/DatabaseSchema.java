package dev.agentpane.persistence.portability;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The data tables of a database as its JDBC metadata describes them: every table but Liquibase's bookkeeping and the
 * copy's own checkpoints, with columns, logical types, keys and references. Nothing here names a table of
 * AgentPane, so tables and columns that later changesets add are copied like the others.
 */
public record DatabaseSchema(Map<String, Table> tables) {
    private static final Set<String> NOT_DATA = Set.of("databasechangelog", "databasechangeloglock", CopyCheckpoints.TABLE);
    /** Names are spliced into SQL text, so only plain identifiers are accepted (every table here has one). */
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public DatabaseSchema {
        tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
    }

    public static DatabaseSchema read(Connection connection, CopyDialect dialect) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = dialect.metadataSchema(connection);
        Map<String, Table> tables = new TreeMap<>();
        for (String name : tableNames(meta, schema)) {
            Map<String, LogicalType> types = dialect.columnTypes(connection, name);
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
                while (rs.next()) {
                    String column = plain(rs.getString("COLUMN_NAME"));
                    LogicalType type = types.get(column);
                    if (type == null) {
                        throw PortabilityException.refused("Column " + name + "." + column + " has a type the copy does not know");
                    }
                    columns.add(new Column(column, type, rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                            rs.getString("COLUMN_DEF") != null));
                }
            }
            tables.put(name, new Table(name, columns, primaryKey(meta, schema, name), foreignKeys(meta, schema, name),
                    dialect.uniqueKeys(connection, name)));
        }
        return new DatabaseSchema(tables);
    }

    public Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("No table " + name);
        }
        return table;
    }

    /** The tables in an order in which each one's parents come first; tables that reference each other share a unit. */
    public List<LoadOrder.Unit> loadOrder() {
        return LoadOrder.of(this);
    }

    /**
     * The first difference in tables, columns or column types between this schema and {@code other}, or null when
     * they agree. Column order does not matter: the dialects append added columns in their own ways.
     */
    public String differenceFrom(DatabaseSchema other) {
        if (!tables.keySet().equals(other.tables.keySet())) {
            List<String> onlyHere = new ArrayList<>(tables.keySet());
            onlyHere.removeAll(other.tables.keySet());
            List<String> onlyThere = new ArrayList<>(other.tables.keySet());
            onlyThere.removeAll(tables.keySet());
            return "tables differ: only in one " + onlyHere + ", only in the other " + onlyThere;
        }
        for (Table table : tables.values()) {
            Map<String, LogicalType> here = typesOf(table);
            Map<String, LogicalType> there = typesOf(other.tables.get(table.name()));
            if (!here.equals(there)) {
                return "columns of " + table.name() + " differ: " + here + " and " + there;
            }
        }
        return null;
    }

    private static Map<String, LogicalType> typesOf(Table table) {
        Map<String, LogicalType> types = new TreeMap<>();
        table.columns().forEach(column -> types.put(column.name(), column.type()));
        return types;
    }

    private static List<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (!NOT_DATA.contains(lower) && !lower.startsWith("sqlite_")) {
                    names.add(plain(name));
                }
            }
        }
        return names;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), plain(rs.getString("COLUMN_NAME")));
            }
        }
        if (columns.isEmpty()) {
            throw PortabilityException.refused("Table " + table + " has no primary key, so its rows cannot be matched between databases");
        }
        return new ArrayList<>(columns.values());
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
        // A key's columns arrive with KEY_SEQ 1, 2, …; unnamed keys (SQLite) are told apart by KEY_SEQ restarting at 1.
        Map<String, List<String[]>> byKey = new LinkedHashMap<>();
        int counter = 0;
        String current = null;
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                if (rs.getShort("KEY_SEQ") == 1 || current == null) {
                    counter++;
                    current = (name == null || name.isEmpty() ? "" : name) + "#" + counter;
                }
                byKey.computeIfAbsent(current, key -> new ArrayList<>()).add(new String[] {
                    plain(rs.getString("FKCOLUMN_NAME")), plain(rs.getString("PKTABLE_NAME")), plain(rs.getString("PKCOLUMN_NAME"))});
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<String[]> parts : byKey.values()) {
            keys.add(new ForeignKey(parts.stream().map(part -> part[0]).toList(), parts.get(0)[1].toLowerCase(Locale.ROOT),
                    parts.stream().map(part -> part[2]).toList()));
        }
        return keys;
    }

    private static String plain(String identifier) {
        if (identifier == null || !PLAIN_IDENTIFIER.matcher(identifier).matches()) {
            throw PortabilityException.refused("The schema has a name the copy does not accept: '" + identifier + "'");
        }
        return identifier;
    }
}
