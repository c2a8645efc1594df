package dev.agentpane.persistence.clisession;

import java.time.Instant;

/** One row of {@code cli_sessions}; the pending tool use, token usage and performance metrics are JSON text. */
public record CliSessionRow(
        String id,
        String sessionId,
        String filePath,
        String cwd,
        String projectName,
        String projectHash,
        String gitBranch,
        String status,
        Integer messageCount,
        Integer turnCount,
        String goal,
        String recentOutput,
        String pendingToolUse,
        String tokenUsage,
        String performanceMetrics,
        String model,
        Long startedAt,
        Long lastActivityAt,
        Long lastReadOffset,
        Boolean isSubagent,
        String parentSessionId,
        Instant createdAt,
        Instant updatedAt) {
}
