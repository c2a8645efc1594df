package dev.agentpane.persistence.portability;

import dev.agentpane.domain.shared.EntityId;
import dev.agentpane.domain.task.SortKey;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a SQLite database written by the original AgentPane (TypeScript) into this server's schema, on either
 * database, keeping every id. The original's runtime schema differs (reference §1, §6.1): untyped columns, both
 * {@code YYYY-MM-DD HH:MM:SS} and ISO-8601 timestamps, JSON in text, 0/1 booleans, integer board positions, no checks
 * on enums, some foreign keys missing, and tables missing in older installs. Each target table is read from the
 * original table of the same name, column by column ({@link OriginalSchemaMapping} lists the exceptions).
 *
 * <p>Two passes. The first maps every row and decides: rows with a value this schema cannot hold are skipped (with
 * the reason), as are rows whose required reference points at a row that is not imported (repeated until nothing
 * changes); an optional reference to a missing row becomes NULL; duplicates of a unique key after the first are
 * skipped; the board order is computed from the original's positions. The second pass maps the rows again and writes
 * the accepted ones, in one transaction, with NULLs in NOT NULL columns left to the column's default.
 */
public final class AgentPaneImport {
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** {@code datetime('now')}'s {@code 2026-01-02 03:04:05}, also with a fraction or a T; read as UTC. */
    private static final DateTimeFormatter LOCAL_UTC = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    /** Only one sandbox config may be the default here (a partial unique index); the original did not enforce it. */
    private static final String ONE_DEFAULT = "sandbox_configs.is_default";

    public record Options(boolean clean, boolean dryRun) {
    }

    /** Rows written per table, in load order, and the totals. */
    public record Result(Map<String, Long> rows, long imported, long skipped, long adjusted, boolean committed) {
    }

    private final PortableDatabase original;
    private final PortableDatabase target;
    private final Options options;
    private final TransferListener listener;
    private long skipped;
    private long adjusted;

    private AgentPaneImport(PortableDatabase original, PortableDatabase target, Options options, TransferListener listener) {
        this.original = original;
        this.target = target;
        this.options = options;
        this.listener = listener;
    }

    public static Result run(PortableDatabase original, PortableDatabase target, Options options, TransferListener listener) {
        return new AgentPaneImport(original, target, options, listener).run();
    }

    private Result run() {
        try (Connection from = Connections.open(original, "original database")) {
            Map<String, List<String>> originalTables = originalTables(from);
            if (originalTables.containsKey("databasechangelog")) {
                throw PortabilityException.refused(original + " is a database of this AgentPane, not of the original: use db copy");
            }
            if (!originalTables.containsKey("projects")) {
                throw PortabilityException.refused(original + " is not an AgentPane database: it has no projects table");
            }
            try (Connection to = Connections.open(target, "target")) {
                return load(from, to, originalTables);
            }
        } catch (SQLException e) {
            throw new PortabilityException(PortabilityException.Kind.FAILED, "The import failed: " + Connections.message(e), e);
        }
    }

    private Result load(Connection from, Connection to, Map<String, List<String>> originalTables) throws SQLException {
        SchemaHistory.Status before = SchemaHistory.status(to, target.dialect());
        if (!before.unknown().isEmpty()) {
            throw PortabilityException.refused("The target " + target + " has changesets this AgentPane does not know ("
                    + before.unknown() + "): it was written by a newer AgentPane");
        }
        SchemaHistory.migrate(to, target.dialect());
        DatabaseSchema schema = DatabaseSchema.read(to, target.dialect());
        if (!options.clean()) {
            Tables.refuseNonEmpty(to, schema, target);
        }
        reportUnmatched(schema, originalTables);
        original.dialect().beginConsistentRead(from);
        Map<String, TablePlan> plans = new LinkedHashMap<>();
        for (LoadOrder.Unit unit : schema.loadOrder()) {
            for (String name : unit.tables()) {
                plans.put(name, plan(from, schema.table(name), originalTables.get(name)));
            }
        }
        resolveReferences(plans);
        assignBoardOrder(plans.get("tasks"));
        return write(from, to, plans);
    }

    // ------------------------------------------------------------------------------------------ the original's tables

    private static Map<String, List<String>> originalTables(Connection from) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (Statement statement = from.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        for (String name : names) {
            if (!PLAIN_IDENTIFIER.matcher(name).matches() || name.startsWith("sqlite_")) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            try (Statement statement = from.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA table_info(\"" + name + "\")")) {
                while (rows.next()) {
                    columns.add(rows.getString("name"));
                }
            }
            tables.put(name.toLowerCase(Locale.ROOT), columns);
        }
        return tables;
    }

    private void reportUnmatched(DatabaseSchema schema, Map<String, List<String>> originalTables) {
        for (String table : originalTables.keySet()) {
            if (!schema.tables().containsKey(table) && !table.equals("__drizzle_migrations")) {
                listener.note("the original's table " + table + " has no counterpart here: not imported");
            }
        }
        for (Table table : schema.tables().values()) {
            List<String> columns = originalTables.get(table.name());
            if (columns == null) {
                listener.note(table.name() + ": not in the original database (older installs lack it), nothing to import");
                continue;
            }
            Set<String> used = new LinkedHashSet<>();
            table.columns().forEach(column -> used.add(OriginalSchemaMapping.originalColumn(table.name(), column.name())));
            used.add(OriginalSchemaMapping.TASK_POSITION);
            for (String column : columns) {
                if (!used.contains(column)) {
                    listener.note("the original's column " + table.name() + "." + column + " has no counterpart here: not imported");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ pass 1: decide

    /** What pass 1 decided about one accepted row. */
    private static final class RowPlan {
        final long rowid;
        /** Per foreign key: the canonical key of the referenced row, or null when the reference is NULL. */
        final String[] parentKeys;
        /** Column index → the value that replaces what the original holds (NULLed references, the board order). */
        final Map<Integer, Object> overrides = new HashMap<>();
        String boardGroup;
        long position;

        RowPlan(long rowid, int foreignKeys) {
            this.rowid = rowid;
            this.parentKeys = new String[foreignKeys];
        }
    }

    private static final class TablePlan {
        final Table table;
        /** Original column name for each column of the table, or null when the original has none. */
        final String[] sources;
        final Map<String, RowPlan> rows = new LinkedHashMap<>();

        TablePlan(Table table, String[] sources) {
            this.table = table;
            this.sources = sources;
        }
    }

    /** A mapped row: values in the table's column order, or the reason it cannot be imported. */
    private record Mapped(long rowid, Object[] values, String key, String rejection, long position) {
        Mapped withPosition(long newPosition) {
            return new Mapped(rowid, values, key, rejection, newPosition);
        }
    }

    private TablePlan plan(Connection from, Table table, List<String> originalColumns) throws SQLException {
        String[] sources = new String[table.columns().size()];
        TablePlan plan = new TablePlan(table, sources);
        if (originalColumns == null) {
            return plan;
        }
        for (int i = 0; i < sources.length; i++) {
            String wanted = OriginalSchemaMapping.originalColumn(table.name(), table.columns().get(i).name());
            sources[i] = originalColumns.contains(wanted) ? wanted : null;
        }
        boolean computesBoardOrder = table.name().equals("tasks");
        Map<List<String>, Map<String, String>> seenUnique = new LinkedHashMap<>();
        table.uniqueKeys().stream()
                .filter(key -> !computesBoardOrder || !key.contains("sort_key"))
                .forEach(key -> seenUnique.put(key, new HashMap<>()));
        boolean[] defaultSeen = {false};
        readOriginal(from, table, sources, computesBoardOrder && originalColumns.contains(OriginalSchemaMapping.TASK_POSITION), mapped -> {
            if (mapped.rejection() != null) {
                skip(table.name(), mapped.key(), mapped.rejection());
                return;
            }
            for (Map.Entry<List<String>, Map<String, String>> unique : seenUnique.entrySet()) {
                String tuple = tuple(table, unique.getKey(), mapped.values());
                if (tuple != null) {
                    String first = unique.getValue().putIfAbsent(tuple, mapped.key());
                    if (first != null) {
                        skip(table.name(), mapped.key(), "same " + String.join(", ", unique.getKey()) + " as row " + first);
                        return;
                    }
                }
            }
            RowPlan row = new RowPlan(mapped.rowid(), table.foreignKeys().size());
            for (int k = 0; k < table.foreignKeys().size(); k++) {
                row.parentKeys[k] = tuple(table, table.foreignKeys().get(k).columns(), mapped.values());
            }
            int defaultColumn = indexOf(table, "is_default");
            if ((table.name() + ".is_default").equals(ONE_DEFAULT) && Boolean.TRUE.equals(mapped.values()[defaultColumn])) {
                if (defaultSeen[0]) {
                    row.overrides.put(defaultColumn, false);
                    adjust(table.name(), mapped.key(), "is_default set to false: another sandbox config is the default");
                }
                defaultSeen[0] = true;
            }
            if (computesBoardOrder) {
                Object[] values = mapped.values();
                row.boardGroup = CanonicalForm.key(List.of(String.valueOf(values[indexOf(table, "project_id")]),
                        String.valueOf(values[indexOf(table, "board_column")] == null ? "backlog" : values[indexOf(table, "board_column")])));
                row.position = mapped.position();
            }
            plan.rows.put(mapped.key(), row);
        });
        return plan;
    }

    @FunctionalInterface
    private interface MappedSink {
        void accept(Mapped row) throws SQLException;
    }

    /** Reads the original table in insertion order and maps each row; for tasks also the original's position. */
    private void readOriginal(Connection from, Table table, String[] sources, boolean readPosition, MappedSink sink) throws SQLException {
        List<String> selected = new ArrayList<>();
        for (String source : sources) {
            if (source != null) {
                selected.add(source);
            }
        }
        StringBuilder sql = new StringBuilder("SELECT rowid");
        selected.forEach(column -> sql.append(", \"").append(column).append('"'));
        if (readPosition) {
            sql.append(", \"").append(OriginalSchemaMapping.TASK_POSITION).append('"');
        }
        sql.append(" FROM \"").append(table.name()).append("\" ORDER BY rowid");
        try (Statement statement = from.createStatement(); ResultSet rows = statement.executeQuery(sql.toString())) {
            while (rows.next()) {
                Mapped mapped = map(table, sources, rows);
                if (readPosition) {
                    Object position = rows.getObject(selected.size() + 2);
                    mapped = mapped.withPosition(position instanceof Number number ? number.longValue() : 0);
                }
                sink.accept(mapped);
            }
        }
    }

    private Mapped map(Table table, String[] sources, ResultSet rows) throws SQLException {
        long rowid = rows.getLong(1);
        Object[] values = new Object[table.columns().size()];
        String rejection = null;
        int next = 2;
        for (int i = 0; i < values.length; i++) {
            if (sources[i] == null) {
                continue;
            }
            Column column = table.columns().get(i);
            Object raw = rows.getObject(next++);
            try {
                values[i] = convert(column.type(), raw);
            } catch (IllegalArgumentException e) {
                rejection = rejection == null ? sources[i] + " " + e.getMessage() : rejection;
            }
        }
        String key = key(table, values, rowid);
        if (rejection != null) {
            return new Mapped(rowid, values, key, rejection, 0);
        }
        for (int i = 0; i < values.length; i++) {
            Column column = table.columns().get(i);
            boolean computed = (table.name() + "." + column.name()).equals(OriginalSchemaMapping.TASK_SORT_KEY);
            if (values[i] == null && !column.nullable() && !column.hasDefault() && !computed) {
                return new Mapped(rowid, values, key, column.name() + " is missing", 0);
            }
            String reason = OriginalSchemaMapping.reject(table.name(), column.name(), values[i]);
            if (reason != null) {
                return new Mapped(rowid, values, key, reason, 0);
            }
            if (column.name().equals("id") && table.primaryKey().equals(List.of("id")) && !EntityId.isValid((String) values[i])) {
                return new Mapped(rowid, values, key, "id is not a valid id (1 to 100 of A-Z a-z 0-9 _ -)", 0);
            }
        }
        return new Mapped(rowid, values, key, null, 0);
    }

    /** The row's canonical primary key; a row without one is named by its rowid in the original. */
    private static String key(Table table, Object[] values, long rowid) {
        String key = tuple(table, table.primaryKey(), values);
        return key == null ? "(rowid " + rowid + ")" : key;
    }

    /** The canonical key of {@code columns} in {@code values}, or null when one of them is NULL. */
    private static String tuple(Table table, List<String> columns, Object[] values) {
        List<String> parts = new ArrayList<>();
        for (String name : columns) {
            int index = indexOf(table, name);
            if (values[index] == null) {
                return null;
            }
            parts.add(CanonicalForm.of(table.columns().get(index).type(), values[index]));
        }
        return CanonicalForm.key(parts);
    }

    private static int indexOf(Table table, String column) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** A value of the original (any storage class: its columns have no types) as {@code type}'s Java value. */
    static Object convert(LogicalType type, Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof byte[]) {
            throw new IllegalArgumentException("holds binary data");
        }
        return switch (type) {
            case TEXT -> raw instanceof Double number && number == Math.rint(number) ? Long.toString(number.longValue()) : raw.toString();
            case INTEGER -> integer(raw);
            case REAL -> raw instanceof Number number ? (Object) number.doubleValue() : real(raw.toString());
            case BOOLEAN -> bool(raw);
            case JSON -> json(raw.toString());
            case TIMESTAMP -> timestamp(raw);
        };
    }

    private static Long integer(Object raw) {
        if (raw instanceof Integer || raw instanceof Long) {
            return ((Number) raw).longValue();
        }
        try {
            return new BigDecimal(raw.toString().trim()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("is not an integer: '" + shown(raw) + "'");
        }
    }

    private static Double real(String raw) {
        try {
            return Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a number: '" + shown(raw) + "'");
        }
    }

    private static Boolean bool(Object raw) {
        String text = raw.toString().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new IllegalArgumentException("is not a boolean (0 or 1): '" + shown(raw) + "'");
        };
    }

    private static String json(String text) {
        try {
            STRICT_JSON.readTree(text);
            return text;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("is not valid JSON: '" + shown(text) + "'");
        }
    }

    /** Both forms the original wrote (reference §1.0), and ISO-8601 with an offset; anything else is refused. */
    static Instant timestamp(Object raw) {
        if (!(raw instanceof String text)) {
            throw new IllegalArgumentException("is not a timestamp: '" + shown(raw) + "'");
        }
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(trimmed, LOCAL_UTC).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                throw new IllegalArgumentException("is not a timestamp: '" + shown(raw) + "'");
            }
        }
    }

    private static String shown(Object raw) {
        String text = String.valueOf(raw);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** Skips rows whose required reference points at a row that is not imported, until none does; NULLs optional ones. */
    private void resolveReferences(Map<String, TablePlan> plans) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (TablePlan plan : plans.values()) {
                Table table = plan.table;
                for (var iterator = plan.rows.entrySet().iterator(); iterator.hasNext();) {
                    Map.Entry<String, RowPlan> entry = iterator.next();
                    RowPlan row = entry.getValue();
                    for (int k = 0; k < table.foreignKeys().size(); k++) {
                        ForeignKey foreignKey = table.foreignKeys().get(k);
                        TablePlan parent = plans.get(foreignKey.parentTable());
                        if (row.parentKeys[k] == null || parent == null || !foreignKey.parentColumns().equals(parent.table.primaryKey())
                                || parent.rows.containsKey(row.parentKeys[k])) {
                            continue;
                        }
                        String what = String.join(", ", foreignKey.columns()) + " refers to " + foreignKey.parentTable() + " "
                                + row.parentKeys[k] + ", which is not imported";
                        boolean optional = foreignKey.columns().stream().allMatch(name -> table.column(name).orElseThrow().nullable());
                        if (optional) {
                            foreignKey.columns().forEach(name -> row.overrides.put(indexOf(table, name), null));
                            row.parentKeys[k] = null;
                            adjust(table.name(), entry.getKey(), what + ": set to NULL");
                        } else {
                            iterator.remove();
                            skip(table.name(), entry.getKey(), what);
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
    }

    /** Each column of each board keeps the original's order: by position, ties by insertion order. */
    private static void assignBoardOrder(TablePlan tasks) {
        if (tasks == null) {
            return;
        }
        int sortKey = indexOf(tasks.table, "sort_key");
        Map<String, List<RowPlan>> columns = new LinkedHashMap<>();
        tasks.rows.values().forEach(row -> columns.computeIfAbsent(row.boardGroup, group -> new ArrayList<>()).add(row));
        for (List<RowPlan> column : columns.values()) {
            column.sort(Comparator.comparingLong((RowPlan row) -> row.position).thenComparingLong(row -> row.rowid));
            String key = null;
            for (RowPlan row : column) {
                key = SortKey.between(key, null);
                row.overrides.put(sortKey, key);
            }
        }
    }

    private void skip(String table, String key, String reason) {
        skipped++;
        listener.note("skipped " + table + " " + key + ": " + reason);
    }

    private void adjust(String table, String key, String what) {
        adjusted++;
        listener.note("adjusted " + table + " " + key + ": " + what);
    }

    // ------------------------------------------------------------------------------------------ pass 2: write

    private Result write(Connection from, Connection to, Map<String, TablePlan> plans) throws SQLException {
        to.setAutoCommit(false);
        try {
            target.dialect().beginBulkLoad(to);
            List<String> tables = new ArrayList<>(plans.keySet());
            if (options.clean()) {
                target.dialect().deleteAll(to, tables);
                listener.note("emptied the target");
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            long imported = 0;
            for (TablePlan plan : plans.values()) {
                long written = writeTable(from, to, plan);
                rows.put(plan.table.name(), written);
                imported += written;
            }
            target.dialect().checkForeignKeys(to);
            for (TablePlan plan : plans.values()) {
                long stored = Tables.count(to, plan.table.name());
                if (stored != plan.rows.size()) {
                    throw new PortabilityException(PortabilityException.Kind.MISMATCH, "Verification failed for table "
                            + plan.table.name() + ": " + plan.rows.size() + " rows imported, " + stored + " in the target");
                }
            }
            if (options.dryRun()) {
                to.rollback();
                listener.note("dry run: everything was imported and counted, then rolled back");
                return new Result(rows, imported, skipped, adjusted, false);
            }
            to.commit();
            return new Result(rows, imported, skipped, adjusted, true);
        } catch (SQLException | RuntimeException e) {
            DatabaseCopy.rollbackQuietly(to);
            throw e;
        }
    }

    private long writeTable(Connection from, Connection to, TablePlan plan) throws SQLException {
        if (plan.rows.isEmpty()) {
            return 0;
        }
        Table table = plan.table;
        listener.tableStarted(table.name(), plan.rows.size());
        long started = System.nanoTime();
        List<Column> provided = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            boolean computed = (table.name() + "." + table.columns().get(i).name()).equals(OriginalSchemaMapping.TASK_SORT_KEY);
            if (plan.sources[i] != null || computed) {
                provided.add(table.columns().get(i));
            }
        }
        // One writer per set of columns: a NULL in a NOT NULL column with a default leaves the column out of that row.
        Map<BitSet, RowWriter> writers = new HashMap<>();
        long[] written = {0};
        try {
            readOriginal(from, table, plan.sources, false, mapped -> {
                RowPlan row = plan.rows.get(mapped.key());
                if (mapped.rejection() != null || row == null || row.rowid != mapped.rowid()) {
                    return;
                }
                Object[] values = mapped.values();
                row.overrides.forEach((index, value) -> values[index] = value);
                BitSet present = new BitSet();
                List<Object> rowValues = new ArrayList<>();
                for (Column column : provided) {
                    int index = indexOf(table, column.name());
                    if (values[index] == null && !column.nullable() && column.hasDefault()) {
                        continue;
                    }
                    present.set(index);
                    rowValues.add(values[index]);
                }
                RowWriter writer = writers.get(present);
                if (writer == null) {
                    List<Column> columns = present.stream().mapToObj(index -> table.columns().get(index)).toList();
                    writer = new JdbcBatchWriter(to, target.dialect(), table.name(), columns);
                    writers.put(present, writer);
                }
                writer.write(rowValues.toArray());
                written[0]++;
            });
            for (RowWriter writer : writers.values()) {
                writer.flush();
            }
        } finally {
            for (RowWriter writer : writers.values()) {
                writer.close();
            }
        }
        listener.tableCopied(table.name(), written[0], System.nanoTime() - started);
        return written[0];
    }
}
