package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.task.TaskId;
import java.util.Objects;

/**
 * A new session of a project (reference §4.4); the session itself checks the title.
 *
 * @param taskId  null for none; else a task of the same project
 * @param agentId null for none; else an agent of the same project
 */
public record CreateSessionCommand(ProjectId projectId, TaskId taskId, AgentId agentId, String title) {
    public CreateSessionCommand {
        Objects.requireNonNull(projectId, "projectId");
    }
}
