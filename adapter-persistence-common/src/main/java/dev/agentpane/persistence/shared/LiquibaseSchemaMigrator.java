package dev.agentpane.persistence.shared;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Brings a database to the current schema with the dialect's Liquibase changelog; applying it twice changes nothing. */
public final class LiquibaseSchemaMigrator {
    /** Held so that java.util.logging keeps the level: Liquibase reports every step at INFO. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        // Liquibase 4.33 would otherwise try to send usage analytics.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private LiquibaseSchemaMigrator() {
    }

    /**
     * Applies what is pending. When the database already holds every changeset of the changelog (the usual start), that
     * is found with one query and Liquibase is not even loaded: it would parse the changelog, take its lock and compute
     * checksums for nothing, a large part of the start-up time. Checksums are therefore checked when a changeset is
     * pending; shipped changesets never change (DialectResourcesTest).
     */
    public static void migrate(DataSource dataSource, String changelogPath) {
        if (ChangelogIds.allApplied(dataSource, changelogPath)) {
            return;
        }
        migrateWithLiquibase(dataSource, changelogPath);
    }

    private static void migrateWithLiquibase(DataSource dataSource, String changelogPath) {
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Liquibase liquibase = new Liquibase(changelogPath, new ClassLoaderResourceAccessor(), database);
                liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
                liquibase.update(new Contexts(), new LabelExpression());
            });
        } catch (Exception e) {
            throw new SchemaMigrationException("Database schema migration failed: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    public static class SchemaMigrationException extends RuntimeException {
        public SchemaMigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
