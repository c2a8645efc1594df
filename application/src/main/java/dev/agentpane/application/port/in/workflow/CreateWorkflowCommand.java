package dev.agentpane.application.port.in.workflow;

import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.workflow.WorkflowChange;
import java.util.Objects;

/** A new workflow: a name and any other fields; the status defaults to draft. */
public record CreateWorkflowCommand(WorkflowChange fields) {
    public CreateWorkflowCommand {
        Objects.requireNonNull(fields, "fields");
        if (!fields.name().isChanged()) {
            throw new ValidationException("Name is required");
        }
    }
}
