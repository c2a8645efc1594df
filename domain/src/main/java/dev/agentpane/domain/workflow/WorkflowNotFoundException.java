package dev.agentpane.domain.workflow;

public class WorkflowNotFoundException extends RuntimeException {
    public WorkflowNotFoundException(WorkflowId id) {
        super("Workflow with id '" + id + "' not found");
    }
}
