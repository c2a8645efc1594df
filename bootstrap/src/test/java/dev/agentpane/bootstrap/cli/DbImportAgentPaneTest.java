package dev.agentpane.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.agentpane.bootstrap.e2e.RunningServer;
import dev.agentpane.bootstrap.e2e.TestDatabase;
import dev.agentpane.domain.task.SortKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code db import-agentpane} on a database built here from the original's runtime DDL
 * ({@code original-agentpane/runtime-schema.sql}) with rows in every table it creates, good and bad ones.
 */
class DbImportAgentPaneTest {
    private final List<TestDatabase> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    private TestDatabase track(TestDatabase database) {
        databases.add(database);
        return database;
    }

    @Test
    void an_original_database_imports_into_sqlite_and_postgresql_alike_keeping_ids_and_skipping_what_breaks_the_rules()
            throws Exception {
        Path original = originalDatabase();
        TestDatabase sqlite = track(TestDatabase.sqlite());
        TestDatabase postgres = track(TestDatabase.postgres());

        Cli intoSqlite = Cli.run("import-agentpane", "--from", original.toString(), "--to", PortabilityFixture.url(sqlite));
        Cli intoPostgres = Cli.run(Map.of("DB_MODE", "postgres", "DATABASE_URL", PortabilityFixture.url(postgres)),
                "import-agentpane", "--from", original.toString());

        assertThat(intoSqlite.status()).as(intoSqlite.allOutput()).isZero();
        assertThat(intoPostgres.status()).as(intoPostgres.allOutput()).isZero();
        assertThat(PortabilityFixture.counts(sqlite)).contains(entry("projects", 2L), entry("agents", 1L), entry("tasks", 7L),
                entry("sessions", 2L), entry("worktrees", 1L), entry("session_events", 3L), entry("session_summaries", 1L),
                entry("agent_runs", 1L), entry("audit_logs", 1L), entry("api_keys", 1L), entry("settings", 2L),
                entry("cli_sessions", 1L), entry("github_tokens", 1L), entry("github_installations", 1L),
                entry("repository_configs", 1L), entry("marketplaces", 1L), entry("sandbox_configs", 2L), entry("templates", 1L),
                entry("template_projects", 1L), entry("terraform_registries", 1L), entry("terraform_modules", 1L),
                entry("workflows", 1L), entry("plan_sessions", 0L), entry("sandbox_instances", 0L), entry("sandbox_tmux_sessions", 0L));
        assertThat(PortabilityFixture.digests(postgres)).as("the same rows on both databases").isEqualTo(PortabilityFixture.digests(sqlite));
        assertThat(intoSqlite.err()).contains(
                "agentpane db import-agentpane: skipped projects bad id!: id is not a valid id (1 to 100 of A-Z a-z 0-9 _ -)",
                "agentpane db import-agentpane: skipped agents agent_timer: type must be one of task, conversational, background, got 'timer'",
                "agentpane db import-agentpane: skipped tasks task_doing: column must be one of backlog, queued, in_progress, "
                        + "waiting_approval, verified, got 'doing'",
                "agentpane db import-agentpane: skipped tasks task_bad_json: labels is not valid JSON: 'not json'",
                "agentpane db import-agentpane: skipped tasks task_orphan: project_id refers to projects bad id!, which is not imported",
                "agentpane db import-agentpane: adjusted tasks task_h: agent_id refers to agents agent_timer, which is not imported: set to NULL",
                "agentpane db import-agentpane: adjusted sessions session_two: task_id refers to tasks gone, which is not imported: set to NULL",
                "agentpane db import-agentpane: skipped session_events event_bad: data is not valid JSON: 'broken{'",
                "agentpane db import-agentpane: skipped settings broken: value is not valid JSON: 'not json'",
                "agentpane db import-agentpane: skipped marketplaces mk_dup: same github_owner, github_repo as row anthropic-official-marketplace",
                "agentpane db import-agentpane: adjusted sandbox_configs sc_two: is_default set to false: another sandbox config is the default",
                "agentpane db import-agentpane: skipped templates tpl_bad: scope must be one of org, project, got 'team'",
                "agentpane db import-agentpane: skipped terraform_modules tfm_orphan: registry_id refers to terraform_registries gone, "
                        + "which is not imported",
                "agentpane db import-agentpane: plan_sessions: not in the original database (older installs lack it), nothing to import");
        assertThat(intoSqlite.out()).singleElement().asString().startsWith("imported 34 rows from SQLite ").contains("skipped 11, adjusted 3");
        try (Connection connection = sqlite.connect(); Statement statement = connection.createStatement()) {
            assertThat(column(statement, "SELECT id FROM tasks WHERE project_id = 'proj_one' AND board_column = 'backlog' ORDER BY sort_key"))
                    .as("positions 2, 0, 1, 1, 5 in insertion order: by position, ties in insertion order")
                    .containsExactly("task_b", "task_c", "task_d", "task_a", "task_h");
            assertThat(column(statement, "SELECT sort_key FROM tasks WHERE id IN ('task_b', 'task_c') ORDER BY sort_key"))
                    .containsExactly(SortKey.first(), SortKey.between(SortKey.first(), null));
            assertThat(column(statement, "SELECT created_at || ' ' || updated_at FROM projects WHERE id = 'proj_one'"))
                    .containsExactly("2026-01-02T03:04:05.678Z 2026-01-02T03:04:05.000Z");
            assertThat(column(statement, "SELECT priority || ' ' || rejection_count || ' ' || labels || ' ' || version FROM tasks WHERE id = 'task_j'"))
                    .as("NULLs of the original take this schema's defaults").containsExactly("medium 0 [] 0");
            assertThat(column(statement, "SELECT max_concurrent_agents || ' ' || config_path FROM projects WHERE id = 'proj_two'"))
                    .containsExactly("3 .claude");
            assertThat(column(statement, "SELECT event_offset || ' ' || event_timestamp FROM session_events WHERE id = 'event_1'"))
                    .containsExactly("1 1738750000001");
            assertThat(column(statement, "SELECT status FROM terraform_registries")).containsExactly("active");
            assertThat(column(statement, "SELECT is_subagent || ' ' || is_default FROM cli_sessions, sandbox_configs WHERE sandbox_configs.id = 'sc_one'"))
                    .containsExactly("0 1");
        }
        try (RunningServer server = RunningServer.start(sqlite)) {
            JsonNode backlog = server.api.get("/api/tasks?projectId=proj_one&column=backlog").json().at("/data/items");
            assertThat(StreamSupport.stream(backlog.spliterator(), false).map(task -> task.at("/id").asString() + "@" + task.at("/position").asInt()))
                    .containsExactly("task_b@0", "task_c@1", "task_d@2", "task_a@3", "task_h@4");
            assertThat(server.api.get("/api/projects/proj_two").json().at("/data/maxConcurrentAgents").asInt()).isEqualTo(3);
            assertThat(server.api.get("/api/sessions/session_one").status()).isEqualTo(200);
        }
    }

    @Test
    void an_older_install_without_some_tables_and_columns_imports_with_notes() throws Exception {
        Path original = originalDatabase();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + original); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE workflows");
            statement.execute("DROP TABLE cli_sessions");
            statement.execute("ALTER TABLE tasks DROP COLUMN model_override");
            statement.execute("ALTER TABLE tasks ADD COLUMN mode TEXT DEFAULT 'implement'");
        }
        TestDatabase target = track(TestDatabase.sqlite());

        Cli run = Cli.run("import-agentpane", "--from", original.toString(), "--to", PortabilityFixture.url(target));

        assertThat(run.status()).as(run.allOutput()).isZero();
        assertThat(run.err()).contains("agentpane db import-agentpane: workflows: not in the original database (older installs lack it), nothing to import",
                "agentpane db import-agentpane: the original's column tasks.mode has no counterpart here: not imported");
        assertThat(target.count("SELECT COUNT(*) FROM tasks")).isEqualTo(7);
        assertThat(target.count("SELECT COUNT(*) FROM tasks WHERE model_override IS NULL")).isEqualTo(7);
    }

    @Test
    void an_import_into_a_database_with_data_is_refused_without_clean_and_a_database_of_this_server_is_refused() throws Exception {
        Path original = originalDatabase();
        TestDatabase target = track(TestDatabase.sqlite());
        assertThat(Cli.run("import-agentpane", "--from", original.toString(), "--to", PortabilityFixture.url(target)).status()).isZero();

        Cli again = Cli.run("import-agentpane", "--from", original.toString(), "--to", PortabilityFixture.url(target));
        Cli ours = Cli.run("import-agentpane", "--from", PortabilityFixture.url(target), "--to", original.getParent().resolve("x.db").toString());
        Cli clean = Cli.run("import-agentpane", "--from", original.toString(), "--to", PortabilityFixture.url(target), "--clean");

        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).singleElement().asString().contains("already holds data").contains("--clean");
        assertThat(ours.status()).isEqualTo(1);
        assertThat(ours.err()).singleElement().asString().contains("is a database of this AgentPane").contains("db copy");
        assertThat(clean.status()).as(clean.allOutput()).isZero();
        assertThat(target.count("SELECT COUNT(*) FROM tasks")).isEqualTo(7);
    }

    /** The original's runtime schema with rows in each of its tables: typical ones and ones this server must refuse. */
    static Path originalDatabase() throws IOException, SQLException {
        Path file = Files.createTempDirectory("agentpane-original").resolve("agentpane.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file + "?foreign_keys=on");
                Statement statement = connection.createStatement()) {
            for (String sql : ddl().split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            String iso = "'2026-01-02T03:04:05.678Z'";
            String plain = "'2026-01-02 03:04:05'";
            String[] rows = {
                "INSERT INTO github_installations (id, installation_id, account_login, account_type) VALUES ('gi_one', '777', 'acme', 'Organization')",
                "INSERT INTO sandbox_configs (id, name, is_default, allowed_egress_hosts) VALUES ('sc_one', 'Default', 1, '[\"registry.npmjs.org\"]')",
                "INSERT INTO sandbox_configs (id, name, is_default) VALUES ('sc_two', 'Second', 1)",
                "INSERT INTO projects (id, name, path, description, config, max_concurrent_agents, sandbox_config_id, created_at, updated_at) "
                        + "VALUES ('proj_one', 'One', '/repos/one', 'First', '{\"worktreeRoot\":\".worktrees\",\"maxTurns\":50}', 3, 'sc_one', "
                        + iso + ", " + plain + ")",
                "INSERT INTO projects (id, name, path, max_concurrent_agents, config_path) VALUES ('proj_two', 'Two', '/repos/two', NULL, NULL)",
                "INSERT INTO projects (id, name, path) VALUES ('bad id!', 'Bad', '/repos/bad')",
                "INSERT INTO agents (id, project_id, name, type, status, config) VALUES ('agent_one', 'proj_one', 'Agent', 'task', 'idle', "
                        + "'{\"allowedTools\":[\"Read\"],\"maxTurns\":50}')",
                "INSERT INTO agents (id, project_id, name, type) VALUES ('agent_timer', 'proj_one', 'Timer', 'timer')",
                "INSERT INTO tasks (id, project_id, title, \"column\", position) VALUES ('task_a', 'proj_one', 'A', 'backlog', 2)",
                "INSERT INTO tasks (id, project_id, title, \"column\", position) VALUES ('task_b', 'proj_one', 'B', 'backlog', 0)",
                "INSERT INTO tasks (id, project_id, title, \"column\", position) VALUES ('task_c', 'proj_one', 'C', 'backlog', 1)",
                "INSERT INTO tasks (id, project_id, title, \"column\", position) VALUES ('task_d', 'proj_one', 'D', 'backlog', 1)",
                "INSERT INTO tasks (id, project_id, agent_id, session_id, worktree_id, title, \"column\", position, labels, priority, "
                        + "diff_summary, started_at, last_agent_status) VALUES ('task_e', 'proj_one', 'agent_one', NULL, NULL, 'E', "
                        + "'waiting_approval', 0, '[\"ui\"]', 'high', '{\"filesChanged\":1,\"additions\":2,\"deletions\":3}', " + iso + ", 'completed')",
                "INSERT INTO tasks (id, project_id, title, \"column\", position) VALUES ('task_doing', 'proj_one', 'F', 'doing', 0)",
                "INSERT INTO tasks (id, project_id, title, \"column\", position, labels) VALUES ('task_bad_json', 'proj_one', 'G', 'backlog', 3, 'not json')",
                "INSERT INTO tasks (id, project_id, agent_id, title, \"column\", position) VALUES ('task_h', 'proj_one', 'agent_timer', 'H', 'backlog', 5)",
                "INSERT INTO tasks (id, project_id, title) VALUES ('task_orphan', 'bad id!', 'I')",
                "INSERT INTO tasks (id, project_id, title, priority, rejection_count, labels) VALUES ('task_j', 'proj_two', 'J', NULL, NULL, NULL)",
                "INSERT INTO sessions (id, project_id, task_id, agent_id, status, url, created_at, updated_at) VALUES ('session_one', 'proj_one', "
                        + "'task_e', 'agent_one', 'active', 'http://localhost:3001/sessions/session_one', " + iso + ", " + iso + ")",
                "INSERT INTO sessions (id, project_id, task_id, status, url, closed_at) VALUES ('session_two', 'proj_one', 'gone', 'closed', "
                        + "'/projects/proj_one/sessions/session_two', " + plain + ")",
                "INSERT INTO worktrees (id, project_id, agent_id, task_id, branch, path, status) VALUES ('wt_one', 'proj_one', 'agent_one', "
                        + "'task_e', 'agent/task-e', '/repos/one/.worktrees/e', 'active')",
                "UPDATE tasks SET session_id = 'session_one', worktree_id = 'wt_one' WHERE id = 'task_e'",
                "INSERT INTO session_events (id, session_id, \"offset\", type, channel, data, \"timestamp\") VALUES "
                        + "('event_0', 'session_one', 0, 'chunk', 'chunks', '{\"text\":\"hi\"}', 1738750000000), "
                        + "('event_1', 'session_one', 1, 'tool:start', 'toolCalls', '{\"tool\":\"Read\"}', 1738750000001), "
                        + "('event_bad', 'session_one', 2, 'chunk', 'chunks', 'broken{', 1738750000002), "
                        + "('event_3', 'session_two', 0, 'agent:completed', 'agent', '{}', 1738750000003)",
                "INSERT INTO session_summaries (id, session_id, duration_ms, turns_count, final_status) VALUES ('sum_one', 'session_one', 1000, NULL, 'success')",
                "INSERT INTO agent_runs (id, agent_id, task_id, project_id, session_id, status, turns_used) VALUES ('run_one', 'agent_one', "
                        + "'task_e', 'proj_one', 'session_one', 'completed', NULL)",
                "INSERT INTO audit_logs (id, agent_id, agent_run_id, task_id, project_id, tool, status, input, output) VALUES ('log_one', "
                        + "'agent_one', 'run_one', 'task_e', 'proj_one', 'Bash', 'complete', '{\"command\":\"ls\"}', '\"output\"')",
                "INSERT INTO api_keys (id, service, encrypted_key, masked_key, is_valid) VALUES ('key_one', 'anthropic', 'ZW5j', 'sk-...abcd', 1)",
                "INSERT INTO settings (\"key\", \"value\") VALUES ('default_model', '\"claude-opus-4-5\"'), ('sound_enabled', 'true'), ('broken', 'not json')",
                "INSERT INTO cli_sessions (id, session_id, file_path, cwd, project_name, project_hash, pending_tool_use, started_at, "
                        + "last_activity_at) VALUES ('cli_one', '6f1c-uuid', '/home/me/.claude/x.jsonl', '/repos/one', 'one', 'h1', "
                        + "'{\"toolName\":\"Read\",\"toolId\":\"x\"}', 1700000000000, 1700000000500)",
                "INSERT INTO github_tokens (id, encrypted_token, is_valid) VALUES ('token_one', 'enc', 1)",
                "INSERT INTO repository_configs (id, installation_id, owner, repo, config) VALUES ('repo_one', 'gi_one', 'acme', 'one', '{}')",
                "INSERT INTO marketplaces (id, name, github_owner, github_repo) VALUES ('mk_dup', 'Again', 'anthropics', 'claude-plugins-official')",
                "INSERT INTO templates (id, name, scope, github_owner, github_repo, status, cached_skills) VALUES ('tpl_one', 'Org', 'org', "
                        + "'acme', 'templates', NULL, '[]')",
                "INSERT INTO templates (id, name, scope, github_owner, github_repo) VALUES ('tpl_bad', 'Team', 'team', 'acme', 'team')",
                "INSERT INTO template_projects (template_id, project_id) VALUES ('tpl_one', 'proj_one'), ('tpl_one', 'bad id!')",
                "INSERT INTO terraform_registries (id, name, org_name, token_setting_key, status) VALUES ('tr_one', 'Acme', 'acme', 'tf.token', NULL)",
                "INSERT INTO terraform_modules (id, registry_id, name, namespace, provider, version, source, inputs) VALUES ('tfm_one', "
                        + "'tr_one', 'vpc', 'acme', 'aws', '1.0.0', 'acme/vpc/aws', '[{\"name\":\"cidr\",\"type\":\"string\",\"required\":true}]')",
                "INSERT INTO terraform_modules (id, registry_id, name, namespace, provider, version, source) VALUES ('tfm_orphan', 'gone', "
                        + "'old', 'acme', 'aws', '0.1.0', 'acme/old/aws')",
                "INSERT INTO workflows (id, name, nodes, edges, source_template_id, status, ai_generated) VALUES ('wf_one', 'Flow', '[]', '[]', "
                        + "'tpl_one', 'published', 0)",
            };
            for (String row : rows) {
                statement.execute(row);
            }
        }
        return file;
    }

    private static String ddl() throws IOException {
        try (InputStream in = DbImportAgentPaneTest.class.getResourceAsStream("/original-agentpane/runtime-schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        }
    }

    private static List<String> column(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
