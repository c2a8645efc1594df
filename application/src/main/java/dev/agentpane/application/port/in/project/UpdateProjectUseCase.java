package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectNotFoundException;

public interface UpdateProjectUseCase {
    /** @throws ProjectNotFoundException when no project has the id */
    Project update(UpdateProjectCommand command);
}
