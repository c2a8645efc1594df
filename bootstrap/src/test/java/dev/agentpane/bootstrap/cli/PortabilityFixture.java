package dev.agentpane.bootstrap.cli;

import dev.agentpane.bootstrap.e2e.TestDatabase;
import dev.agentpane.persistence.portability.Column;
import dev.agentpane.persistence.portability.CopyDialect;
import dev.agentpane.persistence.portability.DatabaseSchema;
import dev.agentpane.persistence.portability.ForeignKey;
import dev.agentpane.persistence.portability.LoadOrder;
import dev.agentpane.persistence.portability.PortableDatabase;
import dev.agentpane.persistence.portability.Table;
import dev.agentpane.persistence.portability.TableDigest;
import dev.agentpane.persistence.postgres.PostgresCopyDialect;
import dev.agentpane.persistence.postgres.PostgresUrl;
import dev.agentpane.persistence.sqlite.SqliteCopyDialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SQLite database of this server's schema with rows in every table, holding the values a copy gets wrong first:
 * tabs, newlines, backslashes and quotes in text, non-ASCII, the largest integers and reals, JSON whose text jsonb
 * rewrites (spacing, key order, 1.50, 1e2, duplicate keys, \\u escapes), both timestamp forms, NULLs, and the circular
 * references tasks ↔ sessions ↔ worktrees. A table added later that this class does not know gets one generated row,
 * so "every table" stays true.
 */
final class PortabilityFixture {
    static final String TASK = "task_circular_000000001";
    static final String SESSION = "session_circular_0000001";

    private PortabilityFixture() {
    }

    static String sqlitePath(TestDatabase database) {
        return database.environment().get("DB_PATH");
    }

    static String url(TestDatabase database) {
        String path = database.environment().get("DB_PATH");
        return path != null ? path : database.environment().get("DATABASE_URL");
    }

    static PortableDatabase portable(TestDatabase database) {
        String path = database.environment().get("DB_PATH");
        if (path != null) {
            return SqliteCopyDialect.database(Path.of(path), false);
        }
        return PostgresCopyDialect.database(PostgresUrl.parse(database.environment().get("DATABASE_URL"), 1));
    }

    static CopyDialect dialect(TestDatabase database) {
        return portable(database).dialect();
    }

    /** Fills a migrated SQLite database; {@code events} session events in all. */
    static void fill(TestDatabase sqlite, int events) throws SQLException {
        try (Connection connection = sqlite.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA defer_foreign_keys = ON");
            }
            insertKnownRows(connection, events);
            connection.commit();
            fillRemainingTables(connection, SqliteCopyDialect.INSTANCE);
            connection.commit();
        }
    }

    private static void insertKnownRows(Connection c, int events) throws SQLException {
        String t0 = "1970-01-01T00:00:00.000Z";
        String t1 = "2026-02-05T10:25:11.123Z";
        String t2 = "2026-01-02 03:04:05"; // the original's datetime('now') form: read as UTC, written back in ISO form
        insert(c, "github_installations", "id", "gi_1", "installation_id", "12345", "account_login", "öäü 'single' \"double\"",
                "account_type", "Organization", "status", "active", "created_at", t0, "updated_at", t1);
        insert(c, "sandbox_configs", "id", "sc_1", "name", "default", "description", null, "type", "docker", "is_default", 1,
                "memory_mb", 2_147_483_647L, "cpu_cores", 0.1, "kube_namespace", null, "network_policy_enabled", 0,
                "allowed_egress_hosts", "[\"a.example\",\"b\\u00e9\"]", "created_at", t1, "updated_at", t1);
        insert(c, "sandbox_configs", "id", "sc_2", "name", "biggest", "type", "kubernetes", "is_default", 0,
                "cpu_cores", 1.7976931348623157E308, "memory_mb", -2_147_483_648L, "created_at", t2, "updated_at", t2);
        insert(c, "projects", "id", "p_1", "name", "Tab\there\nnew line\r\nand \\ backslash \\N", "path", "/repos/one",
                "description", "🚀 ünïcödé — 中文", "config",
                "{\"b\": 1.50, \"a\": [1e2, {\"z\": null}], \"s\": \"quote \\\" and \\\\ slash\", \"a2\": 1, \"a2\": 2}",
                "max_concurrent_agents", 3, "github_installation_id", "gi_1", "sandbox_config_id", "sc_1",
                "created_at", t0, "updated_at", t1);
        insert(c, "projects", "id", "p_2", "name", "Second", "path", "/repos/two", "description", "", "config", null,
                "created_at", t2, "updated_at", t2);
        insert(c, "agents", "id", "a_1", "project_id", "p_1", "name", "Agent 'one'", "type", "task", "status", "idle",
                "config", "{}", "current_task_id", "not-a-reference", "current_turn", 0, "created_at", t1, "updated_at", t1);
        insert(c, "tasks", "id", TASK, "project_id", "p_1", "agent_id", "a_1", "session_id", SESSION, "worktree_id", "wt_1",
                "title", "Circular", "description", "x".repeat(5000), "board_column", "in_progress", "sort_key", "V",
                "labels", "[\"x\", \"y\"]", "priority", "high",
                "diff_summary", "{\"filesChanged\":3,\"additions\":-1,\"deletions\":9007199254740993}", "approved_at", t1,
                "approved_by", "me", "rejection_count", 2, "rejection_reason", "line1\nline2", "model_override", "claude-opus-4",
                "plan_options", "{\"allowedPrompts\":[{\"tool\":\"Bash\",\"prompt\":\"run tests\"}]}", "plan", "# Plan\n\t- step",
                "last_agent_status", "completed", "version", Long.MAX_VALUE, "created_at", t1, "updated_at", t1,
                "started_at", "2026-02-05T10:25:11.999Z", "completed_at", null);
        insert(c, "tasks", "id", "task_plain", "project_id", "p_1", "title", "Plain", "board_column", "backlog", "sort_key", "V",
                "created_at", t2, "updated_at", t2);
        insert(c, "sessions", "id", SESSION, "project_id", "p_1", "task_id", TASK, "agent_id", "a_1", "status", "active",
                "title", null, "url", "http://localhost:3001/sessions/" + SESSION, "created_at", t1, "updated_at", t1);
        insert(c, "worktrees", "id", "wt_1", "project_id", "p_1", "agent_id", "a_1", "task_id", TASK, "branch", "feature/ü",
                "path", "/repos/one/.worktrees/ü", "base_branch", "main", "status", "active", "created_at", t1, "updated_at", t1,
                "merged_at", t0, "removed_at", null);
        insert(c, "agent_runs", "id", "run_1", "agent_id", "a_1", "task_id", TASK, "project_id", "p_1", "session_id", SESSION,
                "status", "completed", "started_at", t1, "completed_at", t1, "turns_used", 7, "tokens_used", Long.MAX_VALUE - 1,
                "error_message", null);
        for (int i = 0; i < events; i++) {
            insert(c, "session_events", "id", String.format("ev_%08d", i), "session_id", SESSION, "event_offset", (long) i,
                    "type", i % 2 == 0 ? "chunk" : "tool:start", "channel", i % 2 == 0 ? "chunks" : "toolCalls",
                    "data", i == 0 ? "{\"text\": \"\\u00e9\\t\\n\", \"n\": 1.0E+2, \"deep\": {\"b\": [1, 2], \"a\": true}}"
                            : "{\"i\":" + i + ",\"text\":\"event " + i + "\"}",
                    "event_timestamp", 1_738_750_000_000L + i, "user_id", null, "created_at", t1);
        }
        insert(c, "session_summaries", "id", "sum_1", "session_id", SESSION, "duration_ms", Long.MAX_VALUE, "turns_count", 0,
                "tokens_used", 0, "files_modified", 1, "lines_added", 2, "lines_removed", 3, "final_status", "success", "updated_at", t1);
        insert(c, "audit_logs", "id", "al_1", "agent_id", "a_1", "agent_run_id", "run_1", "task_id", TASK, "project_id", "p_1",
                "tool", "Bash", "status", "complete", "input", "{\"command\":\"ls -la | grep '\\\\t'\"}", "output", "\"plain string\"",
                "error_message", null, "duration_ms", 12L, "turn_number", 1, "created_at", t1);
        insert(c, "api_keys", "id", "key_1", "service", "anthropic", "encrypted_key", "ZW5j==", "masked_key", "sk-...abcd",
                "is_valid", 1, "last_validated_at", null, "created_at", t1, "updated_at", t1);
        insert(c, "settings", "setting_key", "default_model", "setting_value", "\"claude-opus-4-5\"", "updated_at", t1);
        insert(c, "settings", "setting_key", "sound.enabled", "setting_value", "true", "updated_at", t1);
        insert(c, "settings", "setting_key", "numbers", "setting_value", "[1.0, -0.0, 1e-7, 12345678901234567890]", "updated_at", t1);
        insert(c, "cli_sessions", "id", "cli_1", "session_id", "0b6e-uuid", "file_path", "/home/me/.claude/x.jsonl", "cwd", "/repos/one",
                "project_name", "one", "project_hash", "abc", "git_branch", null, "status", "working", "message_count", 10,
                "turn_count", 4, "goal", "Goal", "recent_output", "out", "pending_tool_use", "{\"toolName\":\"Read\",\"toolId\":\"t1\"}",
                "token_usage", "{\"inputTokens\":1,\"outputTokens\":2,\"cacheCreationTokens\":0,\"cacheReadTokens\":0}",
                "performance_metrics", null, "model", "claude", "started_at", 1_700_000_000_000L, "last_activity_at", 1_700_000_100_000L,
                "is_subagent", 1, "parent_session_id", null, "created_at", t1, "updated_at", t1);
        insert(c, "github_tokens", "id", "gt_1", "encrypted_token", "enc", "token_type", "pat", "scopes", "repo,read:org",
                "github_login", "me", "github_id", "42", "is_valid", 0, "last_validated_at", t1, "created_at", t1, "updated_at", t1);
        insert(c, "repository_configs", "id", "rc_1", "installation_id", "gi_1", "owner", "me", "repo", "one",
                "config", "{\"k\": [true, false, null]}", "synced_at", t1, "created_at", t1, "updated_at", t1);
        insert(c, "marketplaces", "id", "anthropic-official-marketplace", "name", "Claude Plugins Official", "github_owner", "anthropics",
                "github_repo", "claude-plugins-official", "branch", "main", "plugins_path", "plugins", "is_default", 1, "is_enabled", 1,
                "status", "active", "cached_plugins", "[]", "created_at", t1, "updated_at", t1);
        insert(c, "plan_sessions", "id", "plan_1", "task_id", TASK, "project_id", "p_1", "status", "waiting_user",
                "turns", "[{\"id\":\"1\",\"role\":\"user\",\"content\":\"hi\",\"timestamp\":\"2026-01-01T00:00:00Z\"}]",
                "github_issue_url", null, "github_issue_number", 42, "created_at", t1, "completed_at", null, "updated_at", t1);
        insert(c, "sandbox_instances", "id", "si_1", "project_id", "p_1", "container_id", "c0ffee", "status", "running",
                "image", "node:22-slim", "memory_mb", 2048, "cpu_cores", 2.5, "idle_timeout_minutes", 30, "volume_mounts", "[]",
                "env", "{\"A\":\"b\"}", "created_at", t1, "last_activity_at", t1, "updated_at", t1);
        insert(c, "sandbox_tmux_sessions", "id", "tmux_1", "sandbox_id", "si_1", "session_name", "main", "task_id", TASK,
                "window_count", 3, "attached", 1, "created_at", t1, "last_activity_at", t1);
        insert(c, "templates", "id", "tpl_1", "name", "Org template", "scope", "org", "github_owner", "me", "github_repo", "tpl",
                "project_id", null, "status", "active", "sync_interval_minutes", 15, "next_sync_at", t1,
                "cached_skills", "[{\"id\":\"s\",\"name\":\"Skill\",\"content\":\"body\"}]", "created_at", t1, "updated_at", t1);
        insert(c, "template_projects", "template_id", "tpl_1", "project_id", "p_1", "created_at", t1);
        insert(c, "template_projects", "template_id", "tpl_1", "project_id", "p_2", "created_at", t1);
        insert(c, "terraform_registries", "id", "tr_1", "name", "Registry", "org_name", "acme", "token_setting_key", "tf.token",
                "status", "active", "module_count", 1, "created_at", t1, "updated_at", t1);
        insert(c, "terraform_modules", "id", "tfm_1", "registry_id", "tr_1", "name", "vpc", "namespace", "acme", "provider", "aws",
                "version", "1.0.0", "source", "acme/vpc/aws",
                "inputs", "[{\"name\":\"cidr\",\"type\":\"string\",\"required\":true}]", "outputs", "[]", "dependencies", "[\"a\"]",
                "published_at", t0, "created_at", t1, "updated_at", t1);
        insert(c, "workflows", "id", "wf_1", "name", "Flow", "nodes", "[]", "edges", "[]", "source_template_id", "tpl_1",
                "viewport", "{\"x\":0,\"y\":-0.5,\"zoom\":1.5}", "status", "draft", "tags", "[\"a\"]", "ai_generated", null,
                "ai_confidence", 87, "created_at", t1, "updated_at", t1);
    }

    /** One generated row in each table that is still empty (tables this fixture does not know yet). */
    static void fillRemainingTables(Connection connection, CopyDialect dialect) throws SQLException {
        DatabaseSchema schema = DatabaseSchema.read(connection, dialect);
        for (LoadOrder.Unit unit : schema.loadOrder()) {
            for (String name : unit.tables()) {
                Table table = schema.table(name);
                if (count(connection, name) > 0) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (Column column : table.columns()) {
                    row.put(column.name(), generated(connection, table, column));
                }
                List<Object> pairs = new ArrayList<>();
                row.forEach((key, value) -> {
                    pairs.add(key);
                    pairs.add(value);
                });
                insert(connection, name, pairs.toArray());
            }
        }
    }

    private static Object generated(Connection connection, Table table, Column column) throws SQLException {
        for (ForeignKey key : table.foreignKeys()) {
            if (key.columns().contains(column.name())) {
                try (Statement statement = connection.createStatement();
                        ResultSet parent = statement.executeQuery("SELECT " + key.parentColumns().get(key.columns().indexOf(column.name()))
                                + " FROM " + key.parentTable() + " LIMIT 1")) {
                    return parent.next() ? parent.getObject(1) : null;
                }
            }
        }
        return switch (column.type()) {
            case TEXT -> "generated_" + table.name() + "_" + column.name();
            case INTEGER -> 1L;
            case REAL -> 1.5;
            case BOOLEAN -> 1;
            case JSON -> "{}";
            case TIMESTAMP -> "2026-03-04T05:06:07.089Z";
        };
    }

    static void insert(Connection connection, String table, Object... pairs) throws SQLException {
        StringBuilder columns = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.append(i == 0 ? "" : ", ").append(pairs[i]);
            marks.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
            for (int i = 1; i < pairs.length; i += 2) {
                insert.setObject(i / 2 + 1, pairs[i]);
            }
            insert.executeUpdate();
        }
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Each table's digest: rows and checksum of its canonical content, by table name. */
    static Map<String, String> digests(TestDatabase database) throws SQLException {
        CopyDialect dialect = dialect(database);
        Map<String, String> digests = new TreeMap<>();
        try (Connection connection = database.connect()) {
            DatabaseSchema schema = DatabaseSchema.read(connection, dialect);
            for (Table table : schema.tables().values()) {
                TableDigest digest = TableDigest.read(connection, dialect, table);
                digests.put(table.name(), digest.rows() + " rows " + digest.checksum());
            }
        }
        return digests;
    }

    static Map<String, Long> counts(TestDatabase database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect()) {
            for (Table table : DatabaseSchema.read(connection, dialect(database)).tables().values()) {
                counts.put(table.name(), count(connection, table.name()));
            }
        }
        return counts;
    }

    static Instant instant(String iso) {
        return Instant.parse(iso);
    }
}
