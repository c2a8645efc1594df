package dev.agentpane.persistence.agent;

import java.time.Instant;

/** One row of {@code agents}; {@code config} is JSON text. */
public record AgentRow(String id, String projectId, String name, String type, String status, String config, String currentTaskId,
        String currentSessionId, Integer currentTurn, Instant createdAt, Instant updatedAt) {
}
