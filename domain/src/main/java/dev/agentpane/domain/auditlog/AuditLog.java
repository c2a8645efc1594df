package dev.agentpane.domain.auditlog;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.EntityId;
import dev.agentpane.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * One tool call of an agent, as the post-tool hook records it. Written once, never changed. {@link #create} makes a
 * new one, {@link #withId} rebuilds a stored one.
 *
 * @param agentId    id of an agent, or null (agents, their runs and tasks are their own aggregates)
 * @param agentRunId id of an agent run, or null
 * @param taskId     id of a task, or null
 * @param projectId  null when the call belongs to no project
 * @param input      the tool's input: any JSON value as plain Java values, or null
 * @param output     the tool's output: any JSON value as plain Java values, or null
 */
public record AuditLog(
        AuditLogId id,
        String agentId,
        String agentRunId,
        String taskId,
        ProjectId projectId,
        String tool,
        ToolStatus status,
        Object input,
        Object output,
        String errorMessage,
        Long durationMs,
        Integer turnNumber,
        Instant createdAt) {

    public static final int TOOL_MAX = 200;
    public static final int ERROR_MESSAGE_MAX = 10_000;

    public AuditLog {
        Objects.requireNonNull(id, "id");
        agentId = agentId == null ? null : EntityId.require(agentId, "agentId");
        agentRunId = agentRunId == null ? null : EntityId.require(agentRunId, "agentRunId");
        taskId = taskId == null ? null : EntityId.require(taskId, "taskId");
        tool = Text.required(tool, TOOL_MAX, "Tool");
        Objects.requireNonNull(status, "status");
        errorMessage = Text.optional(errorMessage, ERROR_MESSAGE_MAX, "Error message");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Who made the call; every part may be null. */
    public record Caller(ProjectId projectId, String taskId, String agentId, String agentRunId) {
    }

    public static AuditLog create(Caller caller, String tool, ToolStatus status, Object input, Object output,
            String errorMessage, Long durationMs, Integer turnNumber, Instant now) {
        return new AuditLog(AuditLogId.generate(now.toEpochMilli()), caller.agentId(), caller.agentRunId(),
                caller.taskId(), caller.projectId(), tool, status, input, output, errorMessage, durationMs, turnNumber,
                now);
    }

    public static AuditLog withId(AuditLogId id, String agentId, String agentRunId, String taskId, ProjectId projectId,
            String tool, ToolStatus status, Object input, Object output, String errorMessage, Long durationMs,
            Integer turnNumber, Instant createdAt) {
        return new AuditLog(id, agentId, agentRunId, taskId, projectId, tool, status, input, output, errorMessage,
                durationMs, turnNumber, createdAt);
    }
}
