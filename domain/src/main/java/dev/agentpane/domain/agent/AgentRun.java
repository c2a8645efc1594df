package dev.agentpane.domain.agent;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.task.TaskId;
import java.time.Instant;
import java.util.Objects;

/** One execution of an agent on a task. */
public record AgentRun(
        AgentRunId id,
        AgentId agentId,
        TaskId taskId,
        ProjectId projectId,
        String sessionId,
        AgentStatus status,
        Instant startedAt,
        Instant completedAt,
        int turnsUsed,
        long tokensUsed,
        String errorMessage) {

    public AgentRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public static AgentRun start(AgentId agentId, TaskId taskId, ProjectId projectId, String sessionId, Instant now) {
        return new AgentRun(AgentRunId.generate(now.toEpochMilli()), agentId, taskId, projectId, sessionId, AgentStatus.RUNNING, now,
                null, 0, 0, null);
    }
}
