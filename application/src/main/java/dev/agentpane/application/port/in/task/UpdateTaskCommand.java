package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.domain.task.TaskPriority;
import java.util.List;
import java.util.Objects;

/**
 * New details for a card; null parts stay as they are.
 *
 * @param expectedVersion null to change whatever the current version is (the original's last-write-wins)
 */
public record UpdateTaskCommand(TaskId id, String title, String description, List<String> labels, TaskPriority priority,
        Long expectedVersion) {
    public UpdateTaskCommand {
        Objects.requireNonNull(id, "id");
        if (title == null && description == null && labels == null && priority == null) {
            throw new ValidationException("At least one field must be provided");
        }
        labels = labels == null ? null : List.copyOf(labels);
    }
}
