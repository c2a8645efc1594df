package dev.agentpane.application.port.in.agent;

import dev.agentpane.domain.agent.Agent;

public interface UpdateAgentUseCase {
    /**
     * @throws dev.agentpane.domain.agent.AgentNotFoundException when no agent has the id
     * @throws dev.agentpane.domain.agent.AgentAlreadyRunningException when a working agent would change its tools or model
     */
    Agent update(UpdateAgentCommand command);
}
