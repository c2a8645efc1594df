package dev.agentpane.domain.sandbox;

public class SandboxInstanceNotFoundException extends RuntimeException {
    public SandboxInstanceNotFoundException(SandboxInstanceId id) {
        super("Sandbox not found: " + id);
    }
}
