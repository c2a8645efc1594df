package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.ProjectNotFoundException;

public interface DeleteProjectUseCase {
    /**
     * Deletes the project and, through the database's cascades, everything that belongs to it; then, when asked and
     * allowed, its directory (after the commit: files cannot be rolled back, so a refusal or failure is reported, not
     * thrown).
     *
     * @throws ProjectNotFoundException when no project has the id
     * @throws dev.agentpane.domain.project.ProjectHasRunningAgentsException when any of its agents is starting, planning or running
     */
    ProjectDeletion delete(DeleteProjectCommand command);
}
