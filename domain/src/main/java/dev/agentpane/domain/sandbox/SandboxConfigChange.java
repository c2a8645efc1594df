package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.shared.Change;
import java.util.List;

/**
 * Requested fields of a sandbox config, for a new one (a kept field takes its default) or a partial update (a kept
 * field keeps its value). Fields that may be empty accept a change to null; the others refuse it. A null component
 * means "keep".
 */
public record SandboxConfigChange(
        Change<String> name,
        Change<String> description,
        Change<SandboxType> type,
        Change<Boolean> isDefault,
        Change<String> baseImage,
        Change<Integer> memoryMb,
        Change<Double> cpuCores,
        Change<Integer> maxProcesses,
        Change<Integer> timeoutMinutes,
        Change<String> volumeMountPath,
        Change<String> kubeConfigPath,
        Change<String> kubeContext,
        Change<String> kubeNamespace,
        Change<Boolean> networkPolicyEnabled,
        Change<List<String>> allowedEgressHosts) {

    public static final SandboxConfigChange NONE = new SandboxConfigChange(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    public SandboxConfigChange {
        name = Change.orKeep(name).requireValue("name");
        description = Change.orKeep(description);
        type = Change.orKeep(type).requireValue("type");
        isDefault = Change.orKeep(isDefault).requireValue("isDefault");
        baseImage = Change.orKeep(baseImage).requireValue("baseImage");
        memoryMb = Change.orKeep(memoryMb).requireValue("memoryMb");
        cpuCores = Change.orKeep(cpuCores).requireValue("cpuCores");
        maxProcesses = Change.orKeep(maxProcesses).requireValue("maxProcesses");
        timeoutMinutes = Change.orKeep(timeoutMinutes).requireValue("timeoutMinutes");
        volumeMountPath = Change.orKeep(volumeMountPath);
        kubeConfigPath = Change.orKeep(kubeConfigPath);
        kubeContext = Change.orKeep(kubeContext);
        kubeNamespace = Change.orKeep(kubeNamespace);
        networkPolicyEnabled = Change.orKeep(networkPolicyEnabled).requireValue("networkPolicyEnabled");
        allowedEgressHosts = Change.orKeep(allowedEgressHosts);
    }
}
