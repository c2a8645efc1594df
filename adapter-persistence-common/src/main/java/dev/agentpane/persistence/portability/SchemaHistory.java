package dev.agentpane.persistence.portability;

import dev.agentpane.persistence.shared.LiquibaseSchemaMigrator;
import dev.agentpane.persistence.shared.LiquibaseSchemaMigrator.ChangeSetId;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which changesets a database has applied (Liquibase's {@code databasechangelog}), which this build declares, and the
 * schema version that follows: the id of the last applied changeset. Two databases are at the same version when they
 * applied the same changesets in the same order; ids and authors are equal in both dialects.
 */
public final class SchemaHistory {

    /** An applied changeset and when it was applied (null when the database did not record it). */
    public record Applied(ChangeSetId changeSet, Instant appliedAt) {
    }

    /** What {@code db status} shows: applied changesets, and those of this build not applied yet. */
    public record Status(List<Applied> applied, List<ChangeSetId> pending, List<ChangeSetId> unknown) {
        public String version() {
            return applied.isEmpty() ? "none (empty database)" : applied.get(applied.size() - 1).changeSet().id();
        }
    }

    private SchemaHistory() {
    }

    public static List<ChangeSetId> declared(CopyDialect dialect) {
        return LiquibaseSchemaMigrator.declaredChangeSets(dialect.changelog());
    }

    public static List<Applied> applied(Connection connection, CopyDialect dialect) throws SQLException {
        if (!hasChangelogTable(connection, dialect)) {
            return List.of();
        }
        List<Applied> applied = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT ID, AUTHOR, DATEEXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rows.next()) {
                Timestamp at = readTimestamp(rows);
                applied.add(new Applied(new ChangeSetId(rows.getString(1), rows.getString(2)), at == null ? null : at.toInstant()));
            }
        }
        return applied;
    }

    public static Status status(Connection connection, CopyDialect dialect) throws SQLException {
        List<Applied> applied = applied(connection, dialect);
        List<ChangeSetId> declared = declared(dialect);
        List<ChangeSetId> appliedIds = applied.stream().map(Applied::changeSet).toList();
        List<ChangeSetId> pending = declared.stream().filter(id -> !appliedIds.contains(id)).toList();
        List<ChangeSetId> unknown = appliedIds.stream().filter(id -> !declared.contains(id)).toList();
        return new Status(applied, pending, unknown);
    }

    /** Brings the database to this build's schema; returns the status afterwards. */
    public static Status migrate(Connection connection, CopyDialect dialect) throws SQLException {
        LiquibaseSchemaMigrator.migrate(connection, dialect.changelog());
        if (!connection.getAutoCommit()) {
            connection.commit();
            connection.setAutoCommit(true);
        }
        return status(connection, dialect);
    }

    private static boolean hasChangelogTable(Connection connection, CopyDialect dialect) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, dialect.metadataSchema(connection), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT).equals("databasechangelog")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** SQLite keeps DATEEXECUTED as text; the driver cannot always turn it into a Timestamp. */
    private static Timestamp readTimestamp(ResultSet rows) {
        try {
            return rows.getTimestamp(3);
        } catch (SQLException | RuntimeException unreadable) {
            return null;
        }
    }
}
