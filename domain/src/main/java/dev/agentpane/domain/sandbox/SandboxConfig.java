package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reusable sandbox resource profile. {@link #create} makes a new one with the original's defaults, {@link #withId}
 * rebuilds a stored one. At most one config is the default.
 *
 * @param allowedEgressHosts null when no egress list was given
 */
public record SandboxConfig(
        SandboxConfigId id,
        String name,
        String description,
        SandboxType type,
        boolean isDefault,
        String baseImage,
        int memoryMb,
        double cpuCores,
        int maxProcesses,
        int timeoutMinutes,
        String volumeMountPath,
        String kubeConfigPath,
        String kubeContext,
        String kubeNamespace,
        boolean networkPolicyEnabled,
        List<String> allowedEgressHosts,
        Instant createdAt,
        Instant updatedAt) {

    public static final int NAME_MAX = 500;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int IMAGE_MAX = 1000;
    public static final int PATH_MAX = 4096;
    public static final int MIN_MEMORY_MB = 512;
    public static final int MAX_MEMORY_MB = 32_768;
    public static final double MIN_CPU_CORES = 0.5;
    public static final double MAX_CPU_CORES = 16;
    public static final int MIN_PROCESSES = 32;
    public static final int MAX_PROCESSES = 4096;
    public static final int MIN_TIMEOUT_MINUTES = 1;
    public static final int MAX_TIMEOUT_MINUTES = 1440;
    public static final String DEFAULT_BASE_IMAGE = "node:22-slim";
    public static final int DEFAULT_MEMORY_MB = 4096;
    public static final double DEFAULT_CPU_CORES = 2.0;
    public static final int DEFAULT_MAX_PROCESSES = 256;
    public static final int DEFAULT_TIMEOUT_MINUTES = 60;
    public static final String DEFAULT_KUBE_NAMESPACE = "agentpane-sandboxes";

    public SandboxConfig {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, NAME_MAX, "Name");
        description = Text.optional(description, DESCRIPTION_MAX, "Description");
        Objects.requireNonNull(type, "type");
        baseImage = Text.required(baseImage, IMAGE_MAX, "Base image");
        Text.inRange(memoryMb, MIN_MEMORY_MB, MAX_MEMORY_MB, "memoryMb");
        if (!(cpuCores >= MIN_CPU_CORES && cpuCores <= MAX_CPU_CORES)) {
            throw new ValidationException("cpuCores must be between " + MIN_CPU_CORES + " and " + MAX_CPU_CORES);
        }
        Text.inRange(maxProcesses, MIN_PROCESSES, MAX_PROCESSES, "maxProcesses");
        Text.inRange(timeoutMinutes, MIN_TIMEOUT_MINUTES, MAX_TIMEOUT_MINUTES, "timeoutMinutes");
        volumeMountPath = Text.optional(volumeMountPath, PATH_MAX, "Volume mount path");
        kubeConfigPath = Text.optional(kubeConfigPath, PATH_MAX, "Kubeconfig path");
        allowedEgressHosts = allowedEgressHosts == null ? null : List.copyOf(allowedEgressHosts);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A non-default Docker profile with the original's default resources. */
    public static SandboxConfig create(String name, String description, Instant now) {
        return new SandboxConfig(SandboxConfigId.generate(now.toEpochMilli()), name, description, SandboxType.DOCKER,
                false, DEFAULT_BASE_IMAGE, DEFAULT_MEMORY_MB, DEFAULT_CPU_CORES, DEFAULT_MAX_PROCESSES,
                DEFAULT_TIMEOUT_MINUTES, null, null, null, DEFAULT_KUBE_NAMESPACE, true, null, now, now);
    }

    public static SandboxConfig withId(SandboxConfigId id, String name, String description, SandboxType type,
            boolean isDefault, String baseImage, int memoryMb, double cpuCores, int maxProcesses, int timeoutMinutes,
            String volumeMountPath, String kubeConfigPath, String kubeContext, String kubeNamespace,
            boolean networkPolicyEnabled, List<String> allowedEgressHosts, Instant createdAt, Instant updatedAt) {
        return new SandboxConfig(id, name, description, type, isDefault, baseImage, memoryMb, cpuCores, maxProcesses,
                timeoutMinutes, volumeMountPath, kubeConfigPath, kubeContext, kubeNamespace, networkPolicyEnabled,
                allowedEgressHosts, createdAt, updatedAt);
    }

    /** The same config marked as the default one (or no longer the default). */
    public SandboxConfig asDefault(boolean newIsDefault, Instant now) {
        return new SandboxConfig(id, name, description, type, newIsDefault, baseImage, memoryMb, cpuCores,
                maxProcesses, timeoutMinutes, volumeMountPath, kubeConfigPath, kubeContext, kubeNamespace,
                networkPolicyEnabled, allowedEgressHosts, createdAt, now);
    }
}
