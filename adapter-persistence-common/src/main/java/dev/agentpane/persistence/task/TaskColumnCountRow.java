package dev.agentpane.persistence.task;

import java.time.Instant;

/** How many tasks a project has in one column, and when the latest of them changed. */
public record TaskColumnCountRow(String projectId, String boardColumn, Long taskCount, Instant lastUpdatedAt) {
}
