package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectChange;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.Text;
import java.util.Objects;

public record UpdateProjectCommand(ProjectId id, ProjectChange change) {
    public UpdateProjectCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        if (change.name() != null) {
            Text.required(change.name(), Project.NAME_MAX, "Name");
        }
        Text.optional(change.description(), Project.DESCRIPTION_MAX, "Description");
        if (change.maxConcurrentAgents() != null) {
            Text.inRange(change.maxConcurrentAgents(), Project.MIN_CONCURRENT_AGENTS, Project.MAX_CONCURRENT_AGENTS,
                    "maxConcurrentAgents");
        }
    }
}
