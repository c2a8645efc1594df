package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.Text;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sandbox container of one project (a project has at most one). {@link #create} makes a new, stopped one,
 * {@link #withId} rebuilds a stored one.
 *
 * @param env null when no environment was given
 */
public record SandboxInstance(
        SandboxInstanceId id,
        ProjectId projectId,
        String containerId,
        SandboxStatus status,
        String image,
        int memoryMb,
        double cpuCores,
        int idleTimeoutMinutes,
        List<VolumeMount> volumeMounts,
        Map<String, String> env,
        String errorMessage,
        Instant createdAt,
        Instant lastActivityAt,
        Instant stoppedAt,
        Instant updatedAt) {

    public static final int CONTAINER_ID_MAX = 255;
    public static final int IMAGE_MAX = 1000;

    public SandboxInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        containerId = Text.required(containerId, CONTAINER_ID_MAX, "Container id");
        Objects.requireNonNull(status, "status");
        image = Text.required(image, IMAGE_MAX, "Image");
        volumeMounts = List.copyOf(volumeMounts);
        env = env == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(env));
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static SandboxInstance create(ProjectId projectId, String containerId, String image, int memoryMb,
            double cpuCores, int idleTimeoutMinutes, List<VolumeMount> volumeMounts, Map<String, String> env,
            Instant now) {
        return new SandboxInstance(SandboxInstanceId.generate(now.toEpochMilli()), projectId, containerId,
                SandboxStatus.STOPPED, image, memoryMb, cpuCores, idleTimeoutMinutes, volumeMounts, env, null, now, now,
                null, now);
    }

    public static SandboxInstance withId(SandboxInstanceId id, ProjectId projectId, String containerId,
            SandboxStatus status, String image, int memoryMb, double cpuCores, int idleTimeoutMinutes,
            List<VolumeMount> volumeMounts, Map<String, String> env, String errorMessage, Instant createdAt,
            Instant lastActivityAt, Instant stoppedAt, Instant updatedAt) {
        return new SandboxInstance(id, projectId, containerId, status, image, memoryMb, cpuCores, idleTimeoutMinutes,
                volumeMounts, env, errorMessage, createdAt, lastActivityAt, stoppedAt, updatedAt);
    }
}
