package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskId;
import java.util.Objects;

/**
 * Put a card into a column.
 *
 * @param position        0-based place in the target column; null (or past the end) appends
 * @param expectedVersion null to move whatever the current version is
 */
public record MoveTaskCommand(TaskId id, TaskColumn column, Integer position, Long expectedVersion) {
    public MoveTaskCommand {
        Objects.requireNonNull(id, "id");
        if (column == null) {
            throw new ValidationException("column is required");
        }
        if (position != null && position < 0) {
            throw new ValidationException("position must be at least 0");
        }
    }
}
