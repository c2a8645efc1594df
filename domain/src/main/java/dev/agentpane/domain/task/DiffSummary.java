package dev.agentpane.domain.task;

/** What the task's branch changed. */
public record DiffSummary(long filesChanged, long additions, long deletions) {
}
