package dev.agentpane.domain.sandbox;

/** A sandbox config that projects still run with cannot be deleted. */
public class SandboxConfigInUseException extends RuntimeException {
    private final long projectCount;

    public SandboxConfigInUseException(SandboxConfigId id, long projectCount) {
        super("Sandbox configuration " + id + " is used by " + projectCount + (projectCount == 1 ? " project" : " projects"));
        this.projectCount = projectCount;
    }

    public long projectCount() {
        return projectCount;
    }
}
