package dev.agentpane.domain.agent;

import dev.agentpane.domain.task.TaskId;

/** The agent is busy (starting, planning or running), so it cannot start again or change its tools. */
public class AgentAlreadyRunningException extends RuntimeException {
    private final transient TaskId currentTaskId;

    public AgentAlreadyRunningException(AgentId id, TaskId currentTaskId) {
        super("Agent " + id + " is already running");
        this.currentTaskId = currentTaskId;
    }

    /** Null when the agent has no current task. */
    public TaskId currentTaskId() {
        return currentTaskId;
    }
}
