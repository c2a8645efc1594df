package dev.agentpane.application.port.in.agent;

import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.task.TaskId;
import java.util.Objects;

/** @param taskId null to let the agent pick a backlog task */
public record StartAgentCommand(AgentId id, TaskId taskId) {
    public StartAgentCommand {
        Objects.requireNonNull(id, "id");
    }
}
