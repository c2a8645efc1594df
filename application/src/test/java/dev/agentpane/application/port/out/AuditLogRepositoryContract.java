package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.auditlog.AuditLog;
import dev.agentpane.domain.auditlog.AuditLogId;
import dev.agentpane.domain.auditlog.ToolStatus;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLogRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. Agent,
 * agent-run and task references stay null here: those tables belong to their own aggregates.
 */
public abstract class AuditLogRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final AuditLog.Caller NOBODY = new AuditLog.Caller(null, null, null, null);

    private AuditLogRepository auditLogs() {
        return port(AuditLogRepository.class);
    }

    private ProjectId storedProject(String path) {
        Project project = Project.create("Project " + path, path, null, T0);
        port(ProjectRepository.class).insert(project);
        return project.id();
    }

    @Test
    void a_minimal_entry_reads_back_equal_with_absent_optionals() {
        AuditLog entry = AuditLog.create(NOBODY, "Read", ToolStatus.COMPLETE, null, null, null, null, null, T0);

        auditLogs().insert(entry);

        assertThat(auditLogs().findById(entry.id())).contains(entry);
    }

    @Test
    void a_fully_populated_entry_with_nested_json_and_maximum_length_text_reads_back_equal() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("command", "grep -r 'grüß' . 🚀");
        input.put("options", Map.of("timeoutMs", 120_000L, "dryRun", false));
        input.put("files", List.of("a.txt", "日本語.md"));
        input.put("missing", null);
        AuditLog entry = AuditLog.withId(AuditLogId.of("Custom_audit-1"), null, null, null, storedProject("/repos/a"),
                "B" + "a".repeat(AuditLog.TOOL_MAX - 1), ToolStatus.ERROR, input, List.of("line 1", 2L, 3.5, true),
                "Fehler: " + "e".repeat(AuditLog.ERROR_MESSAGE_MAX - 8), 9_007_199_254_740_993L, 17, T0);

        auditLogs().insert(entry);

        assertThat(auditLogs().findById(entry.id())).contains(entry);
    }

    @Test
    void tool_input_and_output_may_be_json_scalars() {
        AuditLog entry = AuditLog.create(NOBODY, "Bash", ToolStatus.COMPLETE, "ls -la", 0L, null, 12L, 1, T0);

        auditLogs().insert(entry);

        assertThat(auditLogs().findById(entry.id())).contains(entry);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(auditLogs().findById(AuditLogId.of("nope"))).isEmpty();
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        AuditLog entry = AuditLog.create(new AuditLog.Caller(storedProject("/repos/a"), null, null, null), "Edit",
                ToolStatus.COMPLETE, Map.of("file", "a.txt"), null, null, 3L, 2, T0);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            auditLogs().insert(entry);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(auditLogs().findById(entry.id())).isEmpty();
    }
}
