package dev.agentpane.domain.sandbox;

import dev.agentpane.domain.project.ProjectId;

/** A project has at most one sandbox container. */
public class DuplicateSandboxInstanceException extends RuntimeException {
    public DuplicateSandboxInstanceException(ProjectId projectId) {
        super("Project " + projectId + " already has a sandbox");
    }
}
