package dev.agentpane.domain.agent;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.task.TaskId;
import java.time.Instant;
import java.util.Objects;

/**
 * An AI agent of a project.
 *
 * @param config           null until configured
 * @param currentTaskId    the task it works on (not a foreign key: the original keeps it as plain text)
 * @param currentSessionId the session it writes to (likewise)
 */
public record Agent(
        AgentId id,
        ProjectId projectId,
        String name,
        AgentType type,
        AgentStatus status,
        AgentConfig config,
        TaskId currentTaskId,
        String currentSessionId,
        int currentTurn,
        Instant createdAt,
        Instant updatedAt) {

    public static final int NAME_MAX = 200;

    public Agent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        name = Text.required(name, NAME_MAX, "Name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        if (currentTurn < 0) {
            throw new ValidationException("currentTurn must not be negative");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Agent create(ProjectId projectId, String name, AgentType type, AgentConfig config, Instant now) {
        return new Agent(AgentId.generate(now.toEpochMilli()), projectId, name, type, AgentStatus.IDLE, config, null, null, 0, now, now);
    }

    public boolean isActive() {
        return AgentStatus.ACTIVE.contains(status);
    }

    /**
     * The agent with {@code patch} merged into its config. A working agent keeps its tools and model.
     *
     * @throws AgentAlreadyRunningException when the agent is starting, planning or running and the patch changes its
     *                                      allowed tools or its model
     */
    public Agent withConfigChanged(AgentConfigPatch patch, Instant now) {
        if (isActive() && AgentConfig.changesToolsOrModel(config, patch)) {
            throw new AgentAlreadyRunningException(id, currentTaskId);
        }
        return new Agent(id, projectId, name, type, status, AgentConfig.merged(config, patch), currentTaskId, currentSessionId,
                currentTurn, createdAt, now);
    }

    /** The agent no longer works on a task: it rests in {@code restingStatus}, without current task or session. */
    public Agent released(AgentStatus restingStatus, Instant now) {
        return new Agent(id, projectId, name, type, restingStatus, config, null, null, currentTurn, createdAt, now);
    }
}
