package dev.agentpane.domain.project;

/** Two projects may not share a repository path. */
public class DuplicateProjectPathException extends RuntimeException {
    public DuplicateProjectPathException(String path) {
        super("A project with this path already exists: " + path);
    }
}
