package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.ProjectId;
import java.util.Objects;

/** @param deleteFiles also delete the project's directory, when {@code ProjectDirectoryPolicy} allows it */
public record DeleteProjectCommand(ProjectId id, boolean deleteFiles) {
    public DeleteProjectCommand {
        Objects.requireNonNull(id, "id");
    }
}
