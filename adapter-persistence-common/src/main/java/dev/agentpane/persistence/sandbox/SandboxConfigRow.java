package dev.agentpane.persistence.sandbox;

import java.time.Instant;

/** One row of {@code sandbox_configs}; {@code allowedEgressHosts} is the JSON text of its column. */
public record SandboxConfigRow(
        String id,
        String name,
        String description,
        String type,
        Boolean isDefault,
        String baseImage,
        Integer memoryMb,
        Double cpuCores,
        Integer maxProcesses,
        Integer timeoutMinutes,
        String volumeMountPath,
        String kubeConfigPath,
        String kubeContext,
        String kubeNamespace,
        Boolean networkPolicyEnabled,
        String allowedEgressHosts,
        Instant createdAt,
        Instant updatedAt) {
}
