package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.DuplicateProjectPathException;
import dev.agentpane.domain.project.Project;

public interface CreateProjectUseCase {
    /**
     * @throws DuplicateProjectPathException when a project already has the path
     * @throws dev.agentpane.domain.sandbox.SandboxConfigNotFoundException when the named sandbox config does not exist
     */
    Project create(CreateProjectCommand command);
}
