package dev.agentpane.application.port.in.agent;

import dev.agentpane.domain.agent.AgentId;

public interface DeleteAgentUseCase {
    /**
     * Deletes the agent (its runs cascade; tasks, sessions, worktrees and audit logs lose the reference).
     *
     * @throws dev.agentpane.domain.agent.AgentNotFoundException when no agent has the id
     */
    void delete(AgentId id);
}
