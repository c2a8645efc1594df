package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.domain.shared.Text;

/** @param sandboxConfigId the sandbox config the project's agents run with; null for none */
public record CreateProjectCommand(String name, String path, String description, SandboxConfigId sandboxConfigId) {
    public CreateProjectCommand {
        Text.required(name, Project.NAME_MAX, "Name");
        Text.required(path, Project.PATH_MAX, "Path");
        Text.optional(description, Project.DESCRIPTION_MAX, "Description");
    }

    public CreateProjectCommand(String name, String path, String description) {
        this(name, path, description, null);
    }
}
