package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.DuplicateProjectPathException;
import dev.agentpane.domain.project.Project;

public interface CreateProjectUseCase {
    /** @throws DuplicateProjectPathException when a project already has the path */
    Project create(CreateProjectCommand command);
}
