package dev.agentpane.web.sandbox;

import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.web.api.WireJson;
import java.util.List;

/** A sandbox config on the wire: every column of the original's row in camelCase (reference §1.18), nulls explicit. */
public record SandboxConfigJson(
        String id,
        String name,
        String description,
        String type,
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
        String createdAt,
        String updatedAt) {

    public static SandboxConfigJson of(SandboxConfig config) {
        return new SandboxConfigJson(config.id().value(), config.name(), config.description(), config.type().wireValue(),
                config.isDefault(), config.baseImage(), config.memoryMb(), config.cpuCores(), config.maxProcesses(),
                config.timeoutMinutes(), config.volumeMountPath(), config.kubeConfigPath(), config.kubeContext(),
                config.kubeNamespace(), config.networkPolicyEnabled(), config.allowedEgressHosts(),
                WireJson.instant(config.createdAt()), WireJson.instant(config.updatedAt()));
    }
}
