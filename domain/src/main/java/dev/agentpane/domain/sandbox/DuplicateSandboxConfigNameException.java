package dev.agentpane.domain.sandbox;

/** Sandbox config names are unique. */
public class DuplicateSandboxConfigNameException extends RuntimeException {
    public DuplicateSandboxConfigNameException(String name) {
        super("A sandbox configuration with this name already exists: " + name);
    }
}
