package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.shared.EntityId;
import dev.agentpane.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A tmux session inside a sandbox container; its name is unique within the sandbox. {@link #create} makes a new,
 * detached one with one window, {@link #withId} rebuilds a stored one.
 *
 * @param taskId the task working in it, if any (null once that task is deleted)
 */
public record SandboxTmuxSession(
        SandboxTmuxSessionId id,
        SandboxInstanceId sandboxId,
        String sessionName,
        String taskId,
        int windowCount,
        boolean attached,
        Instant createdAt,
        Instant lastActivityAt) {

    public static final int SESSION_NAME_MAX = 255;

    public SandboxTmuxSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sandboxId, "sandboxId");
        sessionName = Text.required(sessionName, SESSION_NAME_MAX, "Session name");
        if (taskId != null) {
            EntityId.require(taskId, "taskId");
        }
        Text.inRange(windowCount, 1, Integer.MAX_VALUE, "windowCount");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
    }

    public static SandboxTmuxSession create(SandboxInstanceId sandboxId, String sessionName, String taskId, Instant now) {
        return new SandboxTmuxSession(SandboxTmuxSessionId.generate(now.toEpochMilli()), sandboxId, sessionName, taskId,
                1, false, now, now);
    }

    public static SandboxTmuxSession withId(SandboxTmuxSessionId id, SandboxInstanceId sandboxId, String sessionName,
            String taskId, int windowCount, boolean attached, Instant createdAt, Instant lastActivityAt) {
        return new SandboxTmuxSession(id, sandboxId, sessionName, taskId, windowCount, attached, createdAt,
                lastActivityAt);
    }
}
