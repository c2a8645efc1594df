package dev.agentpane.application.port.in.workflow;

import dev.agentpane.domain.workflow.WorkflowChange;
import dev.agentpane.domain.workflow.WorkflowId;
import java.util.Objects;

/** Any subset of a workflow's fields; those that may be empty may be set to null. */
public record UpdateWorkflowCommand(WorkflowId id, WorkflowChange change) {
    public UpdateWorkflowCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
    }
}
