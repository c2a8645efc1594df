package dev.agentpane.application.port.in.agent;

import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentId;

public interface GetAgentUseCase {
    /**
     * @throws dev.agentpane.domain.agent.AgentNotFoundException when no agent has the id
     */
    Agent get(AgentId id);
}
