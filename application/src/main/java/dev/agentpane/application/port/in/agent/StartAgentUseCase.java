package dev.agentpane.application.port.in.agent;


public interface StartAgentUseCase {
    /**
     * Starts the agent on a task. Until agent execution exists, every start that passes the checks is refused as unavailable.
     *
     * @throws dev.agentpane.domain.agent.AgentNotFoundException when no agent has the id
     * @throws dev.agentpane.domain.agent.AgentAlreadyRunningException when the agent is not idle
     * @throws dev.agentpane.domain.agent.ConcurrencyLimitExceededException when the project has no room for another working agent
     * @throws dev.agentpane.domain.agent.AgentRunnerUnavailableException when the checks pass (agent execution comes later)
     */
    void start(StartAgentCommand command);
}
