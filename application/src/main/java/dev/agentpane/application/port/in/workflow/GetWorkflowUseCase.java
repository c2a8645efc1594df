package dev.agentpane.application.port.in.workflow;

import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.domain.workflow.WorkflowId;

public interface GetWorkflowUseCase {
    /** @throws dev.agentpane.domain.workflow.WorkflowNotFoundException when no workflow has the id */
    Workflow get(WorkflowId id);
}
