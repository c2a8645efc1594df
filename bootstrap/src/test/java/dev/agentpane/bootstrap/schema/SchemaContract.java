package dev.agentpane.bootstrap.schema;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.bootstrap.e2e.RunningServer;
import dev.agentpane.bootstrap.e2e.TestDatabase;
import dev.agentpane.persistence.shared.ChangelogIds;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the schema itself guarantees on one dialect: upgrades in place, cascades and SET NULL as the reference says. */
abstract class SchemaContract {
    private TestDatabase database;

    protected abstract TestDatabase openDatabase();

    /** This dialect's changelog folder. */
    protected abstract String changelogFolder();

    @BeforeEach
    void open() {
        database = openDatabase();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_foundation_database_with_data_is_upgraded_by_start_up_and_keeps_its_rows() throws Exception {
        Migrations.apply(database, changelogFolder() + "/0001-projects-and-settings.sql");
        execute("INSERT INTO projects (id, name, path, config) VALUES ('legacy', 'Legacy', '/repos/legacy', '{\"maxTurns\":5}')",
                "INSERT INTO settings (setting_key, setting_value) VALUES ('kept', '{\"a\":[1,2]}')");

        try (RunningServer server = RunningServer.start(database)) {
            assertThat(server.api.get("/api/projects/legacy").json().at("/data/config/maxTurns").asInt()).isEqualTo(5);
            assertThat(server.api.get("/api/settings?keys=kept").json().at("/data/settings/kept/a/1").asInt()).isEqualTo(2);
            assertThat(server.api.post("/api/projects", json("{'name':'New','path':'/repos/new'}")).status()).isEqualTo(200);
        }
        assertThat(count("SELECT count(*) FROM tasks")).isZero();
        assertThat(count("SELECT count(*) FROM projects")).isEqualTo(2);
    }

    @Test
    void deleting_a_project_removes_everything_that_belongs_to_it() throws Exception {
        migrate();
        seedProjectWithEveryChild("p1");
        seedProjectWithEveryChild("p2");
        execute("INSERT INTO workflows (id, name, source_template_id) VALUES ('wf', 'Flow', 'tpl-p1')",
                "INSERT INTO templates (id, name, scope, github_owner, github_repo) VALUES ('org', 'Org', 'org', 'o', 'r')",
                "INSERT INTO template_projects (template_id, project_id) VALUES ('org', 'p1'), ('org', 'p2')");

        execute("DELETE FROM projects WHERE id = 'p1'");

        for (String table : List.of("agents", "tasks", "sessions", "worktrees", "agent_runs", "audit_logs", "plan_sessions",
                "sandbox_instances")) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE project_id = 'p1'")).as(table).isZero();
            assertThat(count("SELECT count(*) FROM " + table + " WHERE project_id = 'p2'")).as(table).isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM template_projects WHERE project_id = 'p1'")).isZero();
        assertThat(count("SELECT count(*) FROM template_projects WHERE project_id = 'p2'")).as("its own template and the org one")
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM session_events WHERE session_id = 'session-p1'")).isZero();
        assertThat(count("SELECT count(*) FROM session_summaries WHERE session_id = 'session-p1'")).isZero();
        assertThat(count("SELECT count(*) FROM sandbox_tmux_sessions WHERE sandbox_id = 'sandbox-p1'")).isZero();
        assertThat(count("SELECT count(*) FROM templates WHERE id = 'tpl-p1'")).isZero();
        assertThat(count("SELECT count(*) FROM workflows WHERE id = 'wf' AND source_template_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM templates WHERE id = 'org'")).isEqualTo(1);
    }

    @Test
    void deleting_an_agent_or_a_task_nulls_the_references_marked_set_null() throws Exception {
        migrate();
        seedProjectWithEveryChild("p1");

        execute("DELETE FROM agents WHERE id = 'agent-p1'");
        assertThat(count("SELECT count(*) FROM tasks WHERE id = 'task-p1' AND agent_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sessions WHERE id = 'session-p1' AND agent_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM worktrees WHERE id = 'worktree-p1' AND agent_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_logs WHERE agent_id IS NULL AND agent_run_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM agent_runs")).isZero();

        execute("DELETE FROM tasks WHERE id = 'task-p1'");
        assertThat(count("SELECT count(*) FROM sessions WHERE id = 'session-p1' AND task_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM worktrees WHERE id = 'worktree-p1' AND task_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_logs WHERE task_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sandbox_tmux_sessions WHERE task_id IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM plan_sessions")).isZero();

        execute("DELETE FROM sessions WHERE id = 'session-p1'");
        assertThat(count("SELECT count(*) FROM session_events")).isZero();
        assertThat(count("SELECT count(*) FROM session_summaries")).isZero();
    }

    /** Start-up skips Liquibase when the database already records every changeset of the changelog. */
    @Test
    void a_database_holding_every_changeset_is_recognised_and_one_missing_is_noticed() throws Exception {
        String changelog = changelogFolder() + "/changelog.xml";
        assertThat(ChangelogIds.allApplied(Migrations.dataSource(database), changelog)).as("no changelog table yet").isFalse();
        migrate();

        assertThat(ChangelogIds.allApplied(Migrations.dataSource(database), changelog)).isTrue();
        assertThat((long) ChangelogIds.of(changelog).size()).isEqualTo(count("SELECT count(*) FROM databasechangelog"));
        execute("DELETE FROM databasechangelog WHERE id = '0004-board-upkeep-on-delete'");
        assertThat(ChangelogIds.allApplied(Migrations.dataSource(database), changelog)).isFalse();
    }

    /** The board's cached pages rely on it: no statement changes a card without moving its project's board version on. */
    @Test
    void every_change_of_a_card_moves_its_board_version_on_whoever_makes_it() throws Exception {
        migrate();
        seedProjectWithEveryChild("p1");
        seedProjectWithEveryChild("p2");
        long p2 = boardVersion("p2");

        List<String> changes = List.of("UPDATE tasks SET title = 'Renamed' WHERE id = 'task-p1'",
                "DELETE FROM agents WHERE id = 'agent-p1'", // SET NULL on tasks.agent_id
                "DELETE FROM sessions WHERE id = 'session-p1'", // SET NULL on tasks.session_id
                "DELETE FROM worktrees WHERE id = 'worktree-p1'", // SET NULL on tasks.worktree_id
                "INSERT INTO tasks (id, project_id, title, sort_key) VALUES ('second-p1', 'p1', 'T', 'b0')",
                "DELETE FROM tasks WHERE id = 'task-p1'");
        for (String change : changes) {
            long before = boardVersion("p1");
            execute(change);
            assertThat(boardVersion("p1")).as(change).isGreaterThan(before);
        }
        long before = boardVersion("p1");
        execute("UPDATE projects SET name = 'Renamed' WHERE id = 'p1'", "INSERT INTO settings (setting_key, setting_value) VALUES ('k', '1')");
        assertThat(boardVersion("p1")).as("changes beside the cards").isEqualTo(before);
        assertThat(boardVersion("p2")).as("the other board").isEqualTo(p2);
    }

    /** The home page's summaries read the counters on the project row instead of counting cards. */
    @Test
    void the_card_counters_of_every_project_match_its_cards_after_any_change() throws Exception {
        migrate();
        seedProjectWithEveryChild("p1");
        seedProjectWithEveryChild("p2");
        execute("INSERT INTO tasks (id, project_id, title, sort_key, board_column, updated_at) VALUES "
                        + "('a', 'p1', 'A', 'b0', 'queued', '2030-01-01T00:00:00.000Z'), ('b', 'p1', 'B', 'c0', 'queued', '2020-01-01T00:00:00.000Z')",
                "UPDATE tasks SET board_column = 'verified' WHERE id = 'b'",
                "UPDATE tasks SET project_id = 'p2', sort_key = 'z0' WHERE id = 'task-p1'",
                "DELETE FROM tasks WHERE id = 'a'",
                "DELETE FROM agents WHERE id = 'agent-p2'");

        for (String project : List.of("p1", "p2")) {
            for (String column : List.of("backlog", "queued", "in_progress", "waiting_approval", "verified")) {
                assertThat(count("SELECT " + column + "_cards FROM projects WHERE id = '" + project + "'")).as(project + " " + column)
                        .isEqualTo(count("SELECT count(*) FROM tasks WHERE project_id = '" + project + "' AND board_column = '" + column + "'"));
            }
        }
        assertThat(count("SELECT count(*) FROM projects WHERE id = 'p1' AND last_card_change_at = " + instant("2030-01-01T00:00:00.000Z")))
                .as("the deleted card's change is the board's latest").isEqualTo(1);
    }

    private String instant(String iso) {
        return database.mode().equals("sqlite") ? "'" + iso + "'" : "TIMESTAMPTZ '" + iso + "'";
    }

    @Test
    void a_sandbox_config_in_use_by_a_project_cannot_be_deleted() throws Exception {
        migrate();
        execute("INSERT INTO sandbox_configs (id, name) VALUES ('sc', 'Default')",
                "INSERT INTO projects (id, name, path, sandbox_config_id) VALUES ('p', 'P', '/p', 'sc')");

        assertThat(fails("DELETE FROM sandbox_configs WHERE id = 'sc'")).isTrue();
        assertThat(fails("INSERT INTO sandbox_configs (id, name) VALUES ('sc2', 'Default')")).as("unique name").isTrue();
        execute("INSERT INTO sandbox_configs (id, name, is_default) VALUES ('d1', 'One', " + bool(true) + ")");
        assertThat(fails("INSERT INTO sandbox_configs (id, name, is_default) VALUES ('d2', 'Two', " + bool(true) + ")"))
                .as("one default").isTrue();
        assertThat(fails("INSERT INTO session_events (id, session_id, event_offset, type, channel, data, event_timestamp) "
                + "VALUES ('x', 'no-such-session', 0, 't', 'c', '{}', 0)")).as("foreign key enforced").isTrue();
    }

    private void migrate() {
        Migrations.apply(database, changelogFolder() + "/changelog.xml");
    }

    private String bool(boolean value) {
        return database.mode().equals("sqlite") ? (value ? "1" : "0") : String.valueOf(value);
    }

    /** A project and one row in every table that hangs off it, with every optional reference set. */
    private void seedProjectWithEveryChild(String p) throws SQLException {
        execute("INSERT INTO projects (id, name, path) VALUES ('" + p + "', 'Project', '/repos/" + p + "')",
                "INSERT INTO agents (id, project_id, name) VALUES ('agent-" + p + "', '" + p + "', 'Agent')",
                "INSERT INTO tasks (id, project_id, agent_id, title, sort_key) VALUES ('task-" + p + "', '" + p + "', 'agent-" + p + "', 'T', 'a0')",
                "INSERT INTO sessions (id, project_id, task_id, agent_id, url) VALUES ('session-" + p + "', '" + p + "', 'task-" + p + "', 'agent-" + p + "', '/s')",
                "INSERT INTO worktrees (id, project_id, agent_id, task_id, branch, path) VALUES ('worktree-" + p + "', '" + p + "', 'agent-" + p + "', 'task-" + p + "', 'b', '/w')",
                "UPDATE tasks SET session_id = 'session-" + p + "', worktree_id = 'worktree-" + p + "' WHERE id = 'task-" + p + "'",
                "INSERT INTO agent_runs (id, agent_id, task_id, project_id, session_id, status) VALUES ('run-" + p + "', 'agent-" + p + "', 'task-" + p + "', '" + p + "', 'session-" + p + "', 'running')",
                "INSERT INTO session_events (id, session_id, event_offset, type, channel, data, event_timestamp) VALUES ('event-" + p + "', 'session-" + p + "', 0, 'chunk', 'agent', '{\"text\":\"hi\"}', 1767225600000)",
                "INSERT INTO session_summaries (id, session_id) VALUES ('summary-" + p + "', 'session-" + p + "')",
                "INSERT INTO audit_logs (id, agent_id, agent_run_id, task_id, project_id, tool, status) VALUES ('log-" + p + "', 'agent-" + p + "', 'run-" + p + "', 'task-" + p + "', '" + p + "', 'Bash', 'complete')",
                "INSERT INTO plan_sessions (id, task_id, project_id) VALUES ('plan-" + p + "', 'task-" + p + "', '" + p + "')",
                "INSERT INTO sandbox_instances (id, project_id, container_id, image, memory_mb, cpu_cores, idle_timeout_minutes) VALUES ('sandbox-" + p + "', '" + p + "', 'c', 'img', 512, 1.5, 30)",
                "INSERT INTO sandbox_tmux_sessions (id, sandbox_id, session_name, task_id) VALUES ('tmux-" + p + "', 'sandbox-" + p + "', 'main', 'task-" + p + "')",
                "INSERT INTO templates (id, name, scope, github_owner, github_repo, project_id) VALUES ('tpl-" + p + "', 'Tpl', 'project', 'o', 'r-" + p + "', '" + p + "')",
                "INSERT INTO template_projects (template_id, project_id) VALUES ('tpl-" + p + "', '" + p + "')");
    }

    private long boardVersion(String projectId) throws SQLException {
        return count("SELECT board_version FROM projects WHERE id = '" + projectId + "'");
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private boolean fails(String sql) {
        try {
            execute(sql);
            return false;
        } catch (SQLException expected) {
            return true;
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
