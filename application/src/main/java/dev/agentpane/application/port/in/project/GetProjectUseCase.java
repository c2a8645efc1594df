package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;

public interface GetProjectUseCase {
    /** @throws ProjectNotFoundException when no project has the id */
    Project get(ProjectId id);
}
