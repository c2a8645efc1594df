package dev.agentpane.persistence.agent;

import java.time.Instant;

/** One row of {@code agent_runs}. */
public record AgentRunRow(String id, String agentId, String taskId, String projectId, String sessionId, String status,
        Instant startedAt, Instant completedAt, Integer turnsUsed, Long tokensUsed, String errorMessage) {
}
