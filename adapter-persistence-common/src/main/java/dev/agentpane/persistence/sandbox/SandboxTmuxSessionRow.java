package dev.agentpane.persistence.sandbox;

import java.time.Instant;

/** One row of {@code sandbox_tmux_sessions}. */
public record SandboxTmuxSessionRow(
        String id,
        String sandboxId,
        String sessionName,
        String taskId,
        Integer windowCount,
        Boolean attached,
        Instant createdAt,
        Instant lastActivityAt) {
}
