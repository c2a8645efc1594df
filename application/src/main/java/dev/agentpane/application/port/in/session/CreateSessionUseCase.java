package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.session.Session;

public interface CreateSessionUseCase {
    /**
     * Opens a session: stored {@code initializing}, then {@code active}, in one transaction.
     *
     * @throws dev.agentpane.domain.project.ProjectNotFoundException        when the project does not exist
     * @throws dev.agentpane.domain.task.TaskNotFoundException              when the task does not exist
     * @throws dev.agentpane.domain.session.SessionAgentNotFoundException   when the agent does not exist
     * @throws dev.agentpane.domain.shared.ValidationException              when the task or agent is another project's
     */
    Session create(CreateSessionCommand command);
}
