package dev.agentpane.domain.project;

/** A project cannot be deleted while any of its agents is starting, planning or running. */
public class ProjectHasRunningAgentsException extends RuntimeException {
    public ProjectHasRunningAgentsException(ProjectId id, long workingAgents) {
        super("Project " + id + " has " + workingAgents + " working agents");
    }
}
