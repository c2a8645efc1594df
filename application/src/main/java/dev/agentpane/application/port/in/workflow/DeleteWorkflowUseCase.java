package dev.agentpane.application.port.in.workflow;

import dev.agentpane.domain.workflow.WorkflowId;

public interface DeleteWorkflowUseCase {
    /** @throws dev.agentpane.domain.workflow.WorkflowNotFoundException when no workflow has the id */
    void delete(WorkflowId id);
}
