package dev.agentpane.application.port.in.workflow;

import dev.agentpane.domain.workflow.Workflow;

public interface UpdateWorkflowUseCase {
    /**
     * @throws dev.agentpane.domain.workflow.WorkflowNotFoundException        when no workflow has the id
     * @throws dev.agentpane.domain.workflow.SourceTemplateNotFoundException when the new source template does not exist
     */
    Workflow update(UpdateWorkflowCommand command);
}
