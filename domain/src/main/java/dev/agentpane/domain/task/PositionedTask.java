package dev.agentpane.domain.task;

/** A task with its 0-based place in its column, as the board shows it. */
public record PositionedTask(Task task, int position) {
}
