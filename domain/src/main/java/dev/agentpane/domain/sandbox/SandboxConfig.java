package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reusable sandbox resource profile. {@link #create} makes a new one with the original's defaults, {@link #withId}
 * rebuilds a stored one, {@link #apply} changes one. At most one config is the default; resources stay within
 * {@link SandboxConfigLimit}.
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
    /** Kubernetes names (contexts, namespaces) and host names stay far below this. */
    public static final int KUBE_NAME_MAX = 253;
    public static final int EGRESS_HOSTS_MAX = 100;
    public static final int EGRESS_HOST_MAX = 253;
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
        SandboxConfigLimit.MEMORY.check(memoryMb);
        SandboxConfigLimit.CPU.check(cpuCores);
        SandboxConfigLimit.PROCESSES.check(maxProcesses);
        SandboxConfigLimit.TIMEOUT.check(timeoutMinutes);
        volumeMountPath = Text.optional(volumeMountPath, PATH_MAX, "Volume mount path");
        kubeConfigPath = Text.optional(kubeConfigPath, PATH_MAX, "Kubeconfig path");
        kubeContext = Text.optional(kubeContext, KUBE_NAME_MAX, "Kube context");
        kubeNamespace = Text.optional(kubeNamespace, KUBE_NAME_MAX, "Kube namespace");
        allowedEgressHosts = allowedEgressHosts == null ? null : checkedHosts(allowedEgressHosts);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    private static List<String> checkedHosts(List<String> hosts) {
        if (hosts.size() > EGRESS_HOSTS_MAX) {
            throw new ValidationException("allowedEgressHosts may list at most " + EGRESS_HOSTS_MAX + " hosts");
        }
        hosts.forEach(host -> Text.required(host, EGRESS_HOST_MAX, "Egress host"));
        return List.copyOf(hosts);
    }

    /** A non-default Docker profile with the original's default resources. */
    public static SandboxConfig create(String name, String description, Instant now) {
        return new SandboxConfig(SandboxConfigId.generate(now.toEpochMilli()), name, description, SandboxType.DOCKER,
                false, DEFAULT_BASE_IMAGE, DEFAULT_MEMORY_MB, DEFAULT_CPU_CORES, DEFAULT_MAX_PROCESSES,
                DEFAULT_TIMEOUT_MINUTES, null, null, null, DEFAULT_KUBE_NAMESPACE, true, null, now, now);
    }

    /** A new config with the requested fields; the fields not requested take the original's defaults. */
    public static SandboxConfig create(SandboxConfigChange fields, Instant now) {
        if (!fields.name().isChanged()) {
            throw new ValidationException("Name is required");
        }
        SandboxConfig defaults = create(fields.name().applyTo(null), null, now);
        return defaults.apply(fields, now);
    }

    /** This config with the requested fields changed and {@code updatedAt} = now. */
    public SandboxConfig apply(SandboxConfigChange change, Instant now) {
        return new SandboxConfig(id, change.name().applyTo(name), change.description().applyTo(description),
                change.type().applyTo(type), change.isDefault().applyTo(isDefault), change.baseImage().applyTo(baseImage),
                change.memoryMb().applyTo(memoryMb), change.cpuCores().applyTo(cpuCores),
                change.maxProcesses().applyTo(maxProcesses), change.timeoutMinutes().applyTo(timeoutMinutes),
                change.volumeMountPath().applyTo(volumeMountPath), change.kubeConfigPath().applyTo(kubeConfigPath),
                change.kubeContext().applyTo(kubeContext), change.kubeNamespace().applyTo(kubeNamespace),
                change.networkPolicyEnabled().applyTo(networkPolicyEnabled),
                change.allowedEgressHosts().applyTo(allowedEgressHosts), createdAt, now);
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
