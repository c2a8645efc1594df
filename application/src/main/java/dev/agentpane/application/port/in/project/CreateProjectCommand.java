package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.shared.Text;

public record CreateProjectCommand(String name, String path, String description) {
    public CreateProjectCommand {
        Text.required(name, Project.NAME_MAX, "Name");
        Text.required(path, Project.PATH_MAX, "Path");
        Text.optional(description, Project.DESCRIPTION_MAX, "Description");
    }
}
