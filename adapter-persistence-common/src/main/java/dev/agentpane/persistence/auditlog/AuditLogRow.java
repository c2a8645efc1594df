package dev.agentpane.persistence.auditlog;

import java.time.Instant;

/** One row of {@code audit_logs}; {@code input} and {@code output} are JSON text. */
public record AuditLogRow(
        String id,
        String agentId,
        String agentRunId,
        String taskId,
        String projectId,
        String tool,
        String status,
        String input,
        String output,
        String errorMessage,
        Long durationMs,
        Integer turnNumber,
        Instant createdAt) {
}
