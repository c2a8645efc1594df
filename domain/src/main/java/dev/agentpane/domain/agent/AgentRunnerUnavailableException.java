package dev.agentpane.domain.agent;

/** Agents cannot be executed by this server (yet): starting, stopping, pausing and resuming are refused. */
public class AgentRunnerUnavailableException extends RuntimeException {
    public AgentRunnerUnavailableException() {
        super("Agent execution is not available on this server yet");
    }
}
