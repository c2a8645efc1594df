package dev.agentpane.domain.sandbox;

/** A host directory mounted into a sandbox container; {@code readonly} is null when not said. */
public record VolumeMount(String hostPath, String containerPath, Boolean readonly) {
}
