package dev.agentpane.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.bootstrap.e2e.TestDatabase;
import dev.agentpane.persistence.portability.DatabaseCopy;
import dev.agentpane.persistence.portability.PortabilityException;
import dev.agentpane.persistence.portability.TransferListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code db copy} between SQLite and PostgreSQL 18, through the command's entry point. */
class DbCopyTest {
    private final List<TestDatabase> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    private TestDatabase sqlite() {
        TestDatabase database = TestDatabase.sqlite();
        databases.add(database);
        return database;
    }

    private TestDatabase postgres() {
        TestDatabase database = TestDatabase.postgres();
        databases.add(database);
        return database;
    }

    /** A migrated SQLite database with rows in every table. */
    private TestDatabase filledSqlite(int events) throws SQLException {
        TestDatabase database = sqlite();
        assertThat(Cli.run("migrate", "--url", PortabilityFixture.url(database)).status()).isZero();
        PortabilityFixture.fill(database, events);
        return database;
    }

    private static Cli copy(TestDatabase from, TestDatabase to, String... options) {
        List<String> args = new ArrayList<>(List.of("copy", "--from", PortabilityFixture.url(from), "--to", PortabilityFixture.url(to)));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void a_round_trip_sqlite_postgresql_sqlite_gives_back_the_first_database_table_by_table() throws Exception {
        TestDatabase first = filledSqlite(50);
        TestDatabase postgres = postgres();
        TestDatabase last = sqlite();

        Cli there = copy(first, postgres);
        Cli back = copy(postgres, last);

        assertThat(there.status()).as(there.allOutput()).isZero();
        assertThat(back.status()).as(back.allOutput()).isZero();
        Map<String, String> original = PortabilityFixture.digests(first);
        assertThat(PortabilityFixture.counts(first)).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(PortabilityFixture.digests(postgres)).isEqualTo(original);
        assertThat(PortabilityFixture.digests(last)).isEqualTo(original);
        assertThat(there.err()).anyMatch(line -> line.matches("agentpane db copy: session_events: 50 rows in [0-9.]+ s \\(\\d+ rows/s\\)"))
                .anyMatch(line -> line.startsWith("agentpane db copy: verified tasks: 2 rows, checksum "));
        assertThat(there.out()).singleElement().asString().startsWith("copied ").contains("every table verified");
        try (Connection connection = last.connect(); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT name FROM projects WHERE id = 'p_1'")).isEqualTo("Tab\there\nnew line\r\nand \\ backslash \\N");
            assertThat(single(statement, "SELECT created_at FROM projects WHERE id = 'p_2'")).isEqualTo("2026-01-02T03:04:05.000Z");
            assertThat(single(statement, "SELECT version FROM tasks WHERE id = '" + PortabilityFixture.TASK + "'"))
                    .isEqualTo(String.valueOf(Long.MAX_VALUE));
            assertThat(single(statement, "SELECT session_id FROM tasks WHERE id = '" + PortabilityFixture.TASK + "'"))
                    .isEqualTo(PortabilityFixture.SESSION);
        }
    }

    @Test
    void a_dry_run_copies_and_verifies_then_leaves_the_target_empty() throws Exception {
        TestDatabase source = filledSqlite(5);
        TestDatabase target = postgres();

        Cli run = copy(source, target, "--dry-run");

        assertThat(run.status()).as(run.allOutput()).isZero();
        assertThat(run.err()).anyMatch(line -> line.contains("dry run: everything was copied and verified, then rolled back"));
        assertThat(PortabilityFixture.counts(target)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    @Test
    void a_target_that_holds_data_is_refused_without_clean_and_replaced_with_it() throws Exception {
        TestDatabase source = filledSqlite(5);
        TestDatabase target = postgres();
        assertThat(copy(source, target).status()).isZero();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE projects SET name = 'changed in the target' WHERE id = 'p_2'");
        }
        Map<String, String> before = PortabilityFixture.digests(target);

        Cli refused = copy(source, target);

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).singleElement().asString()
                .startsWith("agentpane db copy: The target PostgreSQL ").contains("already holds data").contains("--clean");
        assertThat(PortabilityFixture.digests(target)).isEqualTo(before);

        Cli replaced = copy(source, target, "--clean");

        assertThat(replaced.status()).as(replaced.allOutput()).isZero();
        assertThat(PortabilityFixture.digests(target)).isEqualTo(PortabilityFixture.digests(source));
    }

    @Test
    void a_source_at_another_schema_version_is_refused_before_the_target_is_created() throws Exception {
        TestDatabase source = filledSqlite(1);
        try (Connection connection = source.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ORDEREXECUTED = (SELECT MAX(ORDEREXECUTED) FROM DATABASECHANGELOG)");
        }
        Path target = Files.createTempDirectory("agentpane-copy").resolve("never.db");

        Cli refused = Cli.run("copy", "--from", PortabilityFixture.url(source), "--to", target.toString());

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).singleElement().asString().contains("is at schema version").contains("migrate the source first");
        assertThat(target).doesNotExist();
    }

    @Test
    void an_unreachable_database_is_one_line_and_exit_1_without_the_password() throws Exception {
        TestDatabase source = filledSqlite(1);

        Cli run = Cli.run("copy", "--from", PortabilityFixture.url(source), "--to", "postgresql://agentpane:topsecret@127.0.0.1:1/agentpane");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).singleElement().asString().startsWith("agentpane db copy: Cannot reach the target PostgreSQL")
                .contains("127.0.0.1:1/agentpane");
        assertThat(run.allOutput()).doesNotContain("topsecret");
    }

    @Test
    void a_bad_url_or_option_is_one_line_and_exit_2_naming_the_option() {
        Cli badUrl = Cli.run("copy", "--from", "data/agentpane.db", "--to", "mysql://root:topsecret@db/agentpane");
        Cli missing = Cli.run("copy", "--to", "postgresql://u:topsecret@localhost/db");
        Cli unknown = Cli.run("copy", "--from", "a.db", "--to", "b.db", "--fast");
        Cli batch = Cli.run("copy", "--from", "a.db", "--to", "b.db", "--batch-size", "0");
        Cli both = Cli.run("copy", "--from", "a.db", "--to", "b.db", "--resume", "--dry-run");

        assertThat(badUrl.status()).isEqualTo(2);
        assertThat(badUrl.err()).singleElement().asString().startsWith("agentpane db copy: --to must be a SQLite file or a PostgreSQL URL");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).singleElement().asString().contains("needs --from");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).singleElement().asString().contains("does not take --fast");
        assertThat(batch.status()).isEqualTo(2);
        assertThat(batch.err()).singleElement().asString().contains("--batch-size must be an integer");
        assertThat(both.status()).isEqualTo(2);
        assertThat(badUrl.allOutput() + missing.allOutput()).doesNotContain("topsecret");
    }

    @Test
    void a_source_file_that_does_not_exist_is_exit_1() {
        Cli run = Cli.run("copy", "--from", "/nonexistent/agentpane.db", "--to", "/tmp/agentpane-never/copy.db");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).singleElement().asString().contains("There is no SQLite database at /nonexistent/agentpane.db");
    }

    @Test
    void triggers_of_the_target_neither_break_nor_distort_the_copy_and_work_again_afterwards() throws Exception {
        TestDatabase source = filledSqlite(3);
        TestDatabase postgres = postgres();
        TestDatabase sqlite = sqlite();
        assertThat(Cli.run("migrate", "--url", PortabilityFixture.url(postgres)).status()).isZero();
        assertThat(Cli.run("migrate", "--url", PortabilityFixture.url(sqlite)).status()).isZero();
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE FUNCTION count_task() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "UPDATE projects SET max_concurrent_agents = max_concurrent_agents + 1 WHERE id = NEW.project_id; RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER tasks_count AFTER INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION count_task()");
        }
        try (Connection connection = sqlite.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER tasks_count AFTER INSERT ON tasks BEGIN "
                    + "UPDATE projects SET max_concurrent_agents = max_concurrent_agents + 1 WHERE id = NEW.project_id; END");
        }

        Cli toPostgres = copy(source, postgres);
        Cli toSqlite = copy(postgres, sqlite);

        assertThat(toPostgres.status()).as(toPostgres.allOutput()).isZero();
        assertThat(toSqlite.status()).as(toSqlite.allOutput()).isZero();
        assertThat(PortabilityFixture.digests(postgres)).isEqualTo(PortabilityFixture.digests(source));
        assertThat(PortabilityFixture.digests(sqlite)).isEqualTo(PortabilityFixture.digests(source));
        for (TestDatabase target : List.of(postgres, sqlite)) {
            try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO tasks (id, project_id, title, board_column, sort_key, created_at, updated_at) "
                        + "VALUES ('after_copy', 'p_2', 'New', 'backlog', 'k', " + (target == postgres ? "now(), now()"
                                : "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'") + ")");
                assertThat(single(statement, "SELECT max_concurrent_agents FROM projects WHERE id = 'p_2'")).as("the trigger fires again").isEqualTo("4");
            }
        }
    }

    /** A copy into PostgreSQL takes the keys off for the load and adds them back; they must come back as defined. */
    @Test
    void foreign_keys_of_a_postgresql_target_come_back_as_the_schema_defines_them() throws Exception {
        TestDatabase source = filledSqlite(3);
        TestDatabase copied = postgres();
        TestDatabase migrated = postgres();
        assertThat(Cli.run("migrate", "--url", PortabilityFixture.url(migrated)).status()).isZero();

        Cli run = copy(source, copied);

        assertThat(run.status()).as(run.allOutput()).isZero();
        assertThat(foreignKeys(copied)).hasSizeGreaterThan(20).isEqualTo(foreignKeys(migrated));
    }

    @Test
    void a_reference_to_a_missing_row_is_refused_naming_the_key_and_nothing_is_written() throws Exception {
        TestDatabase source = filledSqlite(3);
        try (Connection connection = source.connect(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.executeUpdate("INSERT INTO session_events (id, session_id, event_offset, type, channel, data, event_timestamp, "
                    + "created_at) VALUES ('orphan', 'no_such_session', 0, 'chunk', 'chunks', '{}', 0, '2026-01-01T00:00:00.000Z')");
        }
        TestDatabase target = postgres();

        Cli refused = copy(source, target);

        assertThat(refused.status()).isNotZero();
        assertThat(refused.err()).anyMatch(line -> line.contains("A foreign key does not hold")
                && line.contains("session_events") && line.contains("no_such_session"));
        assertThat(PortabilityFixture.counts(target)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(foreignKeys(target)).hasSizeGreaterThan(20);
    }

    /** Every foreign key of the database: table, name, definition and whether it is validated. */
    private static List<String> foreignKeys(TestDatabase postgres) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), "
                        + "convalidated FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2")) {
            while (rows.next()) {
                keys.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getBoolean(4));
            }
        }
        return keys;
    }

    @Test
    void a_resumable_copy_interrupted_mid_table_continues_without_duplicates_or_gaps() throws Exception {
        TestDatabase source = filledSqlite(2_345);
        TestDatabase target = postgres();
        DatabaseCopy.Options resumable = new DatabaseCopy.Options(false, false, true, 200);

        assertThatThrownBy(() -> DatabaseCopy.run(PortabilityFixture.portable(source), PortabilityFixture.portable(target), resumable,
                new InterruptingListener("session_events", 1_000)))
                .isInstanceOf(PortabilityException.class)
                .hasMessageContaining("rerun with --resume");
        long partial = target.count("SELECT COUNT(*) FROM session_events");
        assertThat(partial).as("committed checkpoints stay").isEqualTo(1_000);
        assertThat(target.count("SELECT COUNT(*) FROM projects")).isEqualTo(2);

        Cli withoutResume = copy(source, target);
        assertThat(withoutResume.status()).isEqualTo(1);
        assertThat(withoutResume.err()).singleElement().asString().contains("holds an interrupted copy").contains("--resume");

        Cli resumed = copy(source, target, "--resume", "--batch-size", "200");

        assertThat(resumed.status()).as(resumed.allOutput()).isZero();
        assertThat(resumed.err()).anyMatch(line -> line.contains("continuing session_events after row 1000"))
                .anyMatch(line -> line.contains("already copied: projects"));
        assertThat(target.count("SELECT COUNT(*) FROM session_events")).isEqualTo(2_345);
        assertThat(target.count("SELECT COUNT(DISTINCT event_offset) FROM session_events")).isEqualTo(2_345);
        assertThat(PortabilityFixture.digests(target)).isEqualTo(PortabilityFixture.digests(source));
        assertThat(target.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'agentpane_copy_checkpoints'"))
                .as("the checkpoints go when the copy is done").isZero();
    }

    @Test
    void a_resumable_copy_into_sqlite_commits_in_checkpoints_too() throws Exception {
        TestDatabase source = filledSqlite(450);
        TestDatabase postgres = postgres();
        assertThat(copy(source, postgres).status()).isZero();
        TestDatabase target = sqlite();

        assertThatThrownBy(() -> DatabaseCopy.run(PortabilityFixture.portable(postgres), PortabilityFixture.portable(target),
                new DatabaseCopy.Options(false, false, true, 100), new InterruptingListener("session_events", 200)))
                .isInstanceOf(PortabilityException.class)
                .hasMessageContaining("interrupted after 200 rows of session_events");
        assertThat(target.count("SELECT COUNT(*) FROM session_events")).isEqualTo(200);

        Cli resumed = copy(postgres, target, "--resume", "--batch-size", "100");

        assertThat(resumed.status()).as(resumed.allOutput()).isZero();
        assertThat(PortabilityFixture.digests(target)).isEqualTo(PortabilityFixture.digests(source));
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).as(sql).isTrue();
            return row.getString(1);
        }
    }

    /** Stops the copy, as a crash would, once {@code table} has {@code rows} rows committed. */
    private record InterruptingListener(String table, long rows) implements TransferListener {
        @Override
        public void tableStarted(String name, long sourceRows) {
        }

        @Override
        public void progress(String name, long copied, long total) {
            if (name.equals(table) && copied >= rows) {
                throw new IllegalStateException("interrupted after " + copied + " rows of " + name);
            }
        }

        @Override
        public void tableCopied(String name, long copied, long nanos) {
        }

        @Override
        public void tableVerified(String name, long copied, String checksum) {
        }

        @Override
        public void note(String message) {
        }
    }
}
