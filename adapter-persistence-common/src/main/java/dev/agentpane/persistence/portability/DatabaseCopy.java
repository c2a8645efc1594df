package dev.agentpane.persistence.portability;

import dev.agentpane.persistence.portability.PortabilityException.Kind;
import dev.agentpane.persistence.shared.LiquibaseSchemaMigrator.ChangeSetId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Copies every data table of one database into another of the same schema version, in either direction between
 * SQLite and PostgreSQL, then proves the copy: row counts and a checksum of each table's canonical content on both
 * sides ({@link TableDigest}). Tables, columns, types, keys and the load order all come from the databases' metadata.
 *
 * <p>By default the whole copy is one transaction on the target, with foreign keys checked at its end (so tables
 * that reference each other load in any order) and user triggers off (the copy must not change what it copies); the
 * verification runs inside it, and a difference rolls everything back. With {@code resume} each table is committed
 * in checkpoints of {@code batchSize} rows, and a rerun continues after the last one; tables that reference each
 * other in a circle are committed together.
 */
public final class DatabaseCopy {

    public record Options(boolean clean, boolean dryRun, boolean resume, int batchSize) {
        public Options {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be positive");
            }
            if (dryRun && resume) {
                throw new IllegalArgumentException("a dry run commits nothing, so it cannot be resumed");
            }
        }
    }

    /** Rows per table in the target after the copy, in load order. */
    public record Result(Map<String, Long> rows, boolean committed) {
    }

    private final PortableDatabase source;
    private final PortableDatabase target;
    private final Options options;
    private final TransferListener listener;

    private DatabaseCopy(PortableDatabase source, PortableDatabase target, Options options, TransferListener listener) {
        this.source = source;
        this.target = target;
        this.options = options;
        this.listener = listener;
    }

    public static Result run(PortableDatabase source, PortableDatabase target, Options options, TransferListener listener) {
        return new DatabaseCopy(source, target, options, listener).run();
    }

    private Result run() {
        // The source is checked before the target is opened: a refused copy must not even create a SQLite file.
        try (Connection from = Connections.open(source, "source")) {
            List<ChangeSetId> sourceVersion = requireCurrentSchema(from);
            try (Connection to = Connections.open(target, "target")) {
                return copy(from, to, sourceVersion);
            }
        } catch (SQLException e) {
            throw new PortabilityException(Kind.FAILED, "The copy failed: " + Connections.message(e), e);
        }
    }

    private Result copy(Connection from, Connection to, List<ChangeSetId> sourceVersion) throws SQLException {
        SchemaHistory.Status targetStatus = migrateTarget(to);
        List<ChangeSetId> targetVersion = targetStatus.applied().stream().map(SchemaHistory.Applied::changeSet).toList();
        if (!targetVersion.equals(sourceVersion)) {
            throw PortabilityException.refused("The source " + source + " is at schema version " + last(sourceVersion)
                    + " but the target " + target + " is at " + last(targetVersion) + ": they must be equal");
        }
        DatabaseSchema schema = DatabaseSchema.read(to, target.dialect());
        String difference = DatabaseSchema.read(from, source.dialect()).differenceFrom(schema);
        if (difference != null) {
            throw PortabilityException.refused("The source and the target schema differ although their versions agree: " + difference);
        }
        source.dialect().beginConsistentRead(from);
        return options.resume() ? new Resumable(from, to, schema).run() : new SingleTransaction(from, to, schema).run();
    }

    /** The source must have applied exactly this build's changesets, else the two schemas could differ. */
    private List<ChangeSetId> requireCurrentSchema(Connection from) throws SQLException {
        List<ChangeSetId> applied = SchemaHistory.applied(from, source.dialect()).stream().map(SchemaHistory.Applied::changeSet).toList();
        List<ChangeSetId> declared = SchemaHistory.declared(target.dialect());
        if (applied.isEmpty()) {
            throw PortabilityException.refused("The source " + source + " holds no AgentPane schema (no applied changesets)");
        }
        if (!applied.equals(declared)) {
            boolean behind = declared.size() > applied.size() && declared.subList(0, applied.size()).equals(applied);
            throw PortabilityException.refused("The source " + source + " is at schema version " + last(applied)
                    + ", this AgentPane at " + last(declared) + ": "
                    + (behind ? "migrate the source first (db migrate --url <source>)"
                            : "it was written by another AgentPane version; copy it with that version"));
        }
        return applied;
    }

    private SchemaHistory.Status migrateTarget(Connection to) throws SQLException {
        SchemaHistory.Status before = SchemaHistory.status(to, target.dialect());
        if (!before.unknown().isEmpty()) {
            throw PortabilityException.refused("The target " + target + " has changesets this AgentPane does not know ("
                    + before.unknown() + "): it was written by a newer AgentPane");
        }
        SchemaHistory.Status after = SchemaHistory.migrate(to, target.dialect());
        if (!before.pending().isEmpty()) {
            listener.note("migrated the target to schema version " + after.version());
        }
        return after;
    }

    private static String last(List<ChangeSetId> changeSets) {
        return changeSets.isEmpty() ? "none" : changeSets.get(changeSets.size() - 1).id();
    }

    /** Reads {@code table}'s rows from the source, optionally in key order, handing each to {@code sink}. */
    private void readSource(Connection from, Table table, boolean inKeyOrder, RowSink sink) throws SQLException {
        String sql = "SELECT " + table.columnList() + " FROM " + table.name()
                + (inKeyOrder ? " ORDER BY " + String.join(", ", table.primaryKey()) : "");
        try (Statement statement = from.createStatement()) {
            statement.setFetchSize(5_000);
            try (ResultSet rows = statement.executeQuery(sql)) {
                int width = table.columns().size();
                while (rows.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = source.dialect().read(rows, i + 1, table.columns().get(i).type());
                    }
                    if (!sink.accept(row)) {
                        return;
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowSink {
        /** @return false to stop reading */
        boolean accept(Object[] row) throws SQLException;
    }

    /** Compares the digests of every table; a difference is reported with the differing column when there is one. */
    private void verify(Connection from, Connection to, DatabaseSchema schema, Map<String, TableDigest> sourceDigests)
            throws SQLException {
        long started = System.nanoTime();
        for (Table table : schema.tables().values()) {
            TableDigest expected = sourceDigests.containsKey(table.name()) ? sourceDigests.get(table.name())
                    : TableDigest.read(from, source.dialect(), table);
            TableDigest actual = TableDigest.read(to, target.dialect(), table);
            TableDigest.Difference difference = expected.firstDifference(actual);
            if (difference != null || expected.rows() != actual.rows()) {
                throw new PortabilityException(Kind.MISMATCH, "Verification failed for table " + table.name() + ": "
                        + expected.rows() + " rows in the source, " + actual.rows() + " in the target; first difference: "
                        + difference + RowComparison.describe(from, source.dialect(), to, target.dialect(), table, difference));
            }
            listener.tableVerified(table.name(), actual.rows(), actual.checksum());
        }
        listener.note("verified " + schema.tables().size() + " tables in " + secondsSince(started) + " s");
    }

    private static String secondsSince(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }

    private List<String> tablesInLoadOrder(DatabaseSchema schema) {
        List<String> tables = new ArrayList<>();
        schema.loadOrder().forEach(unit -> tables.addAll(unit.tables()));
        return tables;
    }

    /** One run of the copy: the two connections and the target's schema. */
    private abstract class Run {
        final Connection from;
        final Connection to;
        final DatabaseSchema schema;

        Run(Connection from, Connection to, DatabaseSchema schema) {
            this.from = from;
            this.to = to;
            this.schema = schema;
        }

        abstract Result run() throws SQLException;
    }

    /** Everything in one transaction on the target; the verification inside it decides whether it commits. */
    private final class SingleTransaction extends Run {
        SingleTransaction(Connection from, Connection to, DatabaseSchema schema) {
            super(from, to, schema);
        }

        @Override
        Result run() throws SQLException {
            boolean interrupted = CopyCheckpoints.exist(to, target.dialect());
            if (interrupted && !options.clean()) {
                throw PortabilityException.refused("The target " + target + " holds an interrupted copy from "
                        + CopyCheckpoints.source(to) + ": rerun with --resume, or with --clean to start over");
            }
            if (!options.clean()) {
                Tables.refuseNonEmpty(to, schema, target);
            }
            List<String> tables = tablesInLoadOrder(schema);
            to.setAutoCommit(false);
            try {
                target.dialect().beginBulkLoad(to);
                CopyDialect.Suspension triggers = target.dialect().suspendTriggers(to, tables);
                CopyDialect.Suspension foreignKeys = target.dialect().suspendForeignKeys(to, tables);
                if (options.clean()) {
                    if (interrupted) {
                        CopyCheckpoints.drop(to);
                    }
                    target.dialect().deleteAll(to, tables);
                    listener.note("emptied the target");
                }
                Map<String, TableDigest> sourceDigests = new LinkedHashMap<>();
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String name : tables) {
                    Table table = schema.table(name);
                    long copied = copyTable(table, sourceDigests);
                    rows.put(name, copied);
                }
                // Pending foreign-key checks first: PostgreSQL cannot alter a table's triggers while checks are queued.
                long checking = System.nanoTime();
                target.dialect().checkForeignKeys(to);
                triggers.restore();
                foreignKeys.restore();
                listener.note("foreign keys checked in " + secondsSince(checking) + " s");
                verify(from, to, schema, sourceDigests);
                if (options.dryRun()) {
                    to.rollback();
                    listener.note("dry run: everything was copied and verified, then rolled back");
                    return new Result(rows, false);
                }
                to.commit();
                return new Result(rows, true);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(to);
                throw e;
            }
        }

        private long copyTable(Table table, Map<String, TableDigest> sourceDigests) throws SQLException {
            long total = Tables.count(from, table.name());
            listener.tableStarted(table.name(), total);
            long started = System.nanoTime();
            TableDigest.Builder digest = new TableDigest.Builder(table);
            long[] copied = {0};
            try (RowWriter writer = target.dialect().bulkWriter(to, table, table.columns())) {
                readSource(from, table, false, row -> {
                    writer.write(row);
                    digest.add(row);
                    if (++copied[0] % options.batchSize() == 0) {
                        writer.flush();
                        listener.progress(table.name(), copied[0], total);
                    }
                    return true;
                });
                writer.flush();
            }
            sourceDigests.put(table.name(), digest.build());
            listener.tableCopied(table.name(), copied[0], System.nanoTime() - started);
            return copied[0];
        }
    }

    /** Commits in checkpoints; a rerun continues from the last one. */
    private final class Resumable extends Run {
        Resumable(Connection from, Connection to, DatabaseSchema schema) {
            super(from, to, schema);
        }

        @Override
        Result run() throws SQLException {
            List<String> tables = tablesInLoadOrder(schema);
            boolean interrupted = CopyCheckpoints.exist(to, target.dialect());
            to.setAutoCommit(false);
            try {
                if (interrupted && !options.clean()) {
                    String previous = CopyCheckpoints.source(to);
                    if (!Objects.equals(previous, source.description())) {
                        throw PortabilityException.refused("The target " + target + " holds an interrupted copy from " + previous
                                + ", not from " + source + ": resume it from there, or start over with --clean");
                    }
                    listener.note("resuming the interrupted copy");
                } else {
                    if (!options.clean()) {
                        Tables.refuseNonEmpty(to, schema, target);
                    }
                    target.dialect().beginBulkLoad(to);
                    CopyDialect.Suspension triggers = target.dialect().suspendTriggers(to, tables);
                    if (options.clean()) {
                        if (interrupted) {
                            CopyCheckpoints.drop(to);
                        }
                        target.dialect().deleteAll(to, tables);
                        listener.note("emptied the target");
                    }
                    CopyCheckpoints.start(to, source.description());
                    triggers.restore();
                    to.commit();
                }
                Map<String, CopyCheckpoints.Progress> progress = CopyCheckpoints.load(to);
                Map<String, Long> rows = new LinkedHashMap<>();
                for (LoadOrder.Unit unit : schema.loadOrder()) {
                    if (unit.tables().stream().allMatch(name -> progress.containsKey(name) && progress.get(name).complete())) {
                        unit.tables().forEach(name -> rows.put(name, progress.get(name).copiedRows()));
                        listener.note("already copied: " + String.join(", ", unit.tables()));
                        continue;
                    }
                    if (unit.chunkable()) {
                        String name = unit.tables().get(0);
                        CopyCheckpoints.Progress done = progress.get(name);
                        rows.put(name, copyInCheckpoints(schema.table(name), done == null ? 0 : done.copiedRows()));
                    } else {
                        rows.putAll(copyTogether(unit));
                    }
                }
                verify(from, to, schema, Map.of());
                CopyCheckpoints.drop(to);
                to.commit();
                return new Result(rows, true);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(to);
                if (e instanceof PortabilityException portability && portability.kind() != Kind.FAILED) {
                    throw portability;
                }
                throw new PortabilityException(Kind.FAILED, "The copy stopped: " + Connections.message(e)
                        + "; what was committed stays, rerun with --resume to continue", e);
            }
        }

        private long copyInCheckpoints(Table table, long alreadyCopied) throws SQLException {
            long total = Tables.count(from, table.name());
            listener.tableStarted(table.name(), total);
            if (alreadyCopied > 0) {
                listener.note("continuing " + table.name() + " after row " + alreadyCopied);
            }
            long started = System.nanoTime();
            long[] seen = {0};
            long[] copied = {alreadyCopied};
            target.dialect().beginBulkLoad(to);
            CopyDialect.Suspension[] triggers = {target.dialect().suspendTriggers(to, List.of(table.name()))};
            try (RowWriter writer = target.dialect().bulkWriter(to, table, table.columns())) {
                readSource(from, table, true, row -> {
                    if (seen[0]++ < alreadyCopied) {
                        return true;
                    }
                    writer.write(row);
                    if (++copied[0] % options.batchSize() == 0) {
                        writer.flush();
                        CopyCheckpoints.record(to, table.name(), copied[0], false, source.description());
                        target.dialect().checkForeignKeys(to);
                        triggers[0].restore();
                        to.commit();
                        listener.progress(table.name(), copied[0], total);
                        target.dialect().beginBulkLoad(to);
                        triggers[0] = target.dialect().suspendTriggers(to, List.of(table.name()));
                    }
                    return true;
                });
                writer.flush();
            }
            CopyCheckpoints.record(to, table.name(), copied[0], true, source.description());
            target.dialect().checkForeignKeys(to);
            triggers[0].restore();
            to.commit();
            listener.tableCopied(table.name(), copied[0] - alreadyCopied, System.nanoTime() - started);
            return copied[0];
        }

        /** Tables that reference each other: one transaction, so their foreign keys hold at its commit. */
        private Map<String, Long> copyTogether(LoadOrder.Unit unit) throws SQLException {
            Map<String, Long> rows = new LinkedHashMap<>();
            target.dialect().beginBulkLoad(to);
            CopyDialect.Suspension triggers = target.dialect().suspendTriggers(to, unit.tables());
            for (String name : unit.tables()) {
                Table table = schema.table(name);
                long total = Tables.count(from, name);
                listener.tableStarted(name, total);
                long started = System.nanoTime();
                long[] copied = {0};
                try (RowWriter writer = target.dialect().bulkWriter(to, table, table.columns())) {
                    readSource(from, table, false, row -> {
                        writer.write(row);
                        if (++copied[0] % options.batchSize() == 0) {
                            writer.flush();
                            listener.progress(name, copied[0], total);
                        }
                        return true;
                    });
                    writer.flush();
                }
                CopyCheckpoints.record(to, name, copied[0], true, source.description());
                rows.put(name, copied[0]);
                listener.tableCopied(name, copied[0], System.nanoTime() - started);
            }
            target.dialect().checkForeignKeys(to);
            triggers.restore();
            to.commit();
            return rows;
        }
    }

    static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the failure that led here is the one to report
        }
    }
}
