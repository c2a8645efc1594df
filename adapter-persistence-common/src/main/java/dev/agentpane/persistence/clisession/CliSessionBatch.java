package dev.agentpane.persistence.clisession;

import dev.agentpane.persistence.shared.JsonCodec;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of {@code cli_sessions} as one JSON array whose objects are keyed by column name, for a statement that reads the
 * rows back with the database's own JSON functions (PostgreSQL {@code jsonb_to_recordset}, SQLite {@code json_each}).
 * Binding a batch of 500 rows as 11,500 separate parameters made MyBatis ten times slower than the database; one
 * parameter costs it nothing. JSON columns travel as their JSON text; instants as ISO-8601 UTC text with milliseconds,
 * which both dialects read (SQLite stores exactly that text).
 */
final class CliSessionBatch {
    private static final DateTimeFormatter ISO_MILLIS = new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

    private CliSessionBatch() {
    }

    static String toJson(List<CliSessionRow> rows) {
        return JsonCodec.write(rows.stream().map(CliSessionBatch::columns).toList());
    }

    private static Map<String, Object> columns(CliSessionRow row) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", row.id());
        columns.put("session_id", row.sessionId());
        columns.put("file_path", row.filePath());
        columns.put("cwd", row.cwd());
        columns.put("project_name", row.projectName());
        columns.put("project_hash", row.projectHash());
        columns.put("git_branch", row.gitBranch());
        columns.put("status", row.status());
        columns.put("message_count", row.messageCount());
        columns.put("turn_count", row.turnCount());
        columns.put("goal", row.goal());
        columns.put("recent_output", row.recentOutput());
        columns.put("pending_tool_use", row.pendingToolUse());
        columns.put("token_usage", row.tokenUsage());
        columns.put("performance_metrics", row.performanceMetrics());
        columns.put("model", row.model());
        columns.put("started_at", row.startedAt());
        columns.put("last_activity_at", row.lastActivityAt());
        columns.put("last_read_offset", row.lastReadOffset());
        columns.put("is_subagent", row.isSubagent());
        columns.put("parent_session_id", row.parentSessionId());
        columns.put("created_at", instant(row.createdAt()));
        columns.put("updated_at", instant(row.updatedAt()));
        return columns;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }
}
