package dev.agentpane.persistence.sandbox;

import java.time.Instant;

/** One row of {@code sandbox_instances}; volume mounts and env are the JSON text of their columns. */
public record SandboxInstanceRow(
        String id,
        String projectId,
        String containerId,
        String status,
        String image,
        Integer memoryMb,
        Double cpuCores,
        Integer idleTimeoutMinutes,
        String volumeMounts,
        String env,
        String errorMessage,
        Instant createdAt,
        Instant lastActivityAt,
        Instant stoppedAt,
        Instant updatedAt) {
}
