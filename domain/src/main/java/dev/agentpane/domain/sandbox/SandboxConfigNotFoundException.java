package dev.agentpane.domain.sandbox;

public class SandboxConfigNotFoundException extends RuntimeException {
    public SandboxConfigNotFoundException(SandboxConfigId id) {
        super("Sandbox configuration not found: " + id);
    }
}
