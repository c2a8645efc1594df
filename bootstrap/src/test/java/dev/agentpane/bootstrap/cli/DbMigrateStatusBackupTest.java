package dev.agentpane.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.bootstrap.e2e.TestDatabase;
import dev.agentpane.persistence.portability.SchemaHistory;
import dev.agentpane.persistence.sqlite.SqliteCopyDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@code db migrate}, {@code db status} and {@code db backup}. */
class DbMigrateStatusBackupTest {
    private static final String CURRENT = SchemaHistory.declared(SqliteCopyDialect.INSTANCE)
            .get(SchemaHistory.declared(SqliteCopyDialect.INSTANCE).size() - 1).id();

    @Test
    void migrate_creates_and_upgrades_a_database_and_status_lists_applied_and_pending_changesets() throws Exception {
        try (TestDatabase sqlite = TestDatabase.sqlite(); TestDatabase postgres = TestDatabase.postgres()) {
            int changesets = SchemaHistory.declared(SqliteCopyDialect.INSTANCE).size();
            for (TestDatabase database : List.of(sqlite, postgres)) {
                Cli migrated = Cli.run(database.environment(), "migrate");
                Cli again = Cli.run("migrate", "--url", PortabilityFixture.url(database));
                Cli status = Cli.run("status", "--url", PortabilityFixture.url(database));

                assertThat(migrated.status()).as(migrated.allOutput()).isZero();
                assertThat(migrated.out()).singleElement().asString()
                        .endsWith(": schema version " + CURRENT + " (" + changesets + " changesets, " + changesets + " applied now)");
                assertThat(again.out()).singleElement().asString().endsWith("(" + changesets + " changesets, 0 applied now)");
                assertThat(status.status()).isZero();
                assertThat(status.out().get(0)).endsWith(": schema version " + CURRENT + " (" + changesets + " applied, 0 pending)");
                assertThat(status.out()).hasSize(changesets + 1).anyMatch(line -> line.startsWith("applied  0001-create-projects"));
            }
            try (Connection connection = sqlite.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ID = '" + CURRENT + "'");
            }
            Cli behind = Cli.run("status", "--url", PortabilityFixture.url(sqlite));
            assertThat(behind.out()).contains("pending  " + CURRENT);
        }
    }

    @Test
    void status_of_a_file_that_does_not_exist_says_so_and_creates_nothing() throws Exception {
        Path missing = Files.createTempDirectory("agentpane-status").resolve("none.db");

        Cli status = Cli.run("status", "--url", missing.toString());

        assertThat(status.status()).isEqualTo(1);
        assertThat(status.err()).singleElement().asString().contains("There is no SQLite database at " + missing);
        assertThat(missing).doesNotExist();
    }

    @Test
    void the_help_of_each_command_goes_to_standard_output_and_an_unknown_command_is_exit_2() {
        for (String command : List.of("migrate", "status", "copy", "import-agentpane", "backup")) {
            Cli help = Cli.run(command, "--help");
            assertThat(help.status()).isZero();
            assertThat(help.out().get(0)).startsWith("Usage: java -jar agentpane.jar db " + command);
            assertThat(help.err()).isEmpty();
        }
        Cli unknown = Cli.run("vacuum");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().get(0)).isEqualTo("agentpane db: unknown command 'vacuum'");
        assertThat(Cli.run().status()).isEqualTo(2);
        assertThat(Cli.run(Map.of("DB_MODE", "oracle"), "migrate").err()).singleElement().asString()
                .isEqualTo("agentpane db migrate: DB_MODE must be sqlite or postgres, got 'oracle'");
    }

    @Test
    void a_backup_taken_while_writes_go_on_is_consistent_and_passes_its_integrity_check() throws Exception {
        try (TestDatabase sqlite = TestDatabase.sqlite()) {
            assertThat(Cli.run(sqlite.environment(), "migrate").status()).isZero();
            Path backup = Files.createTempDirectory("agentpane-backup").resolve("copy/agentpane-backup.db");
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong written = new AtomicLong();
            Thread writer = new Thread(() -> writePairs(sqlite, writing, written));
            writer.start();
            try {
                awaitAtLeast(written, 50);
                Cli run = Cli.run(sqlite.environment(), "backup", "--to", backup.toString());

                assertThat(run.status()).as(run.allOutput()).isZero();
                assertThat(run.out()).singleElement().asString().startsWith("backed up SQLite ").contains("integrity ok");
            } finally {
                writing.set(false);
                writer.join();
            }
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement statement = copy.createStatement()) {
                long projects = single(statement, "SELECT COUNT(*) FROM projects");
                long settings = single(statement, "SELECT COUNT(*) FROM settings");
                assertThat(projects).as("each write adds a project and a setting in one transaction").isEqualTo(settings).isPositive();
                assertThat(projects).isLessThanOrEqualTo(written.get());
                assertThat(single(statement, "SELECT COUNT(*) FROM DATABASECHANGELOG")).isPositive();
            }
            Cli exists = Cli.run(sqlite.environment(), "backup", "--to", backup.toString());
            assertThat(exists.status()).isEqualTo(1);
            assertThat(exists.err()).singleElement().asString().contains("exists already");
            Cli postgres = Cli.run(Map.of("DB_MODE", "postgres", "DATABASE_URL", "postgresql://u:topsecret@localhost/db"), "backup", "--to", "x.db");
            assertThat(postgres.status()).isEqualTo(2);
            assertThat(postgres.err()).singleElement().asString().contains("pg_dump").doesNotContain("topsecret");
        }
    }

    /** Writes a project and a setting per transaction until told to stop. */
    private static void writePairs(TestDatabase database, AtomicBoolean writing, AtomicLong written) {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement project = connection.prepareStatement(
                    "INSERT INTO projects (id, name, path, created_at, updated_at) VALUES (?, 'P', ?, ?, ?)");
                    PreparedStatement setting = connection.prepareStatement(
                            "INSERT INTO settings (setting_key, setting_value, updated_at) VALUES (?, '1', ?)")) {
                for (long i = 0; writing.get() && i < 1_000_000; i++) {
                    String now = Instant.now().toString();
                    project.setString(1, "p" + i);
                    project.setString(2, "/p/" + i);
                    project.setString(3, now);
                    project.setString(4, now);
                    project.executeUpdate();
                    setting.setString(1, "k" + i);
                    setting.setString(2, now);
                    setting.executeUpdate();
                    connection.commit();
                    written.incrementAndGet();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitAtLeast(AtomicLong counter, long value) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (counter.get() < value) {
            assertThat(Instant.now()).as("writes started").isBefore(deadline);
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private static long single(Statement statement, String sql) throws Exception {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
