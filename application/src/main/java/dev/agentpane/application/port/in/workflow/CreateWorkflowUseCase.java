package dev.agentpane.application.port.in.workflow;

import dev.agentpane.domain.workflow.Workflow;

public interface CreateWorkflowUseCase {
    /** @throws dev.agentpane.domain.workflow.SourceTemplateNotFoundException when the source template does not exist */
    Workflow create(CreateWorkflowCommand command);
}
