package dev.agentpane.application.port.in.agent;

import dev.agentpane.domain.agent.Agent;

public interface CreateAgentUseCase {
    /**
     * Creates an idle agent whose config takes each field from the command, else from the project's config, else the default.
     *
     * @throws dev.agentpane.domain.project.ProjectNotFoundException when the project does not exist
     */
    Agent create(CreateAgentCommand command);
}
