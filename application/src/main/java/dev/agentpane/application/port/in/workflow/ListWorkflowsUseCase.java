package dev.agentpane.application.port.in.workflow;

public interface ListWorkflowsUseCase {
    WorkflowPage list(ListWorkflowsQuery query);
}
