package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.task.TaskPriority;
import java.util.List;
import java.util.Objects;

/** A new card for a project's backlog; the task itself checks title, description and labels. */
public record CreateTaskCommand(ProjectId projectId, String title, String description, List<String> labels, TaskPriority priority) {
    public CreateTaskCommand {
        Objects.requireNonNull(projectId, "projectId");
        labels = labels == null ? null : List.copyOf(labels);
    }
}
