package dev.agentpane.domain.project;

public class ProjectNotFoundException extends RuntimeException {
    public ProjectNotFoundException(ProjectId id) {
        super("Project not found: " + id);
    }
}
