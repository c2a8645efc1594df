package dev.agentpane.application.workflow;

import dev.agentpane.application.port.in.workflow.CreateWorkflowCommand;
import dev.agentpane.application.port.in.workflow.CreateWorkflowUseCase;
import dev.agentpane.application.port.in.workflow.DeleteWorkflowUseCase;
import dev.agentpane.application.port.in.workflow.GetWorkflowUseCase;
import dev.agentpane.application.port.in.workflow.ListWorkflowsQuery;
import dev.agentpane.application.port.in.workflow.ListWorkflowsUseCase;
import dev.agentpane.application.port.in.workflow.UpdateWorkflowCommand;
import dev.agentpane.application.port.in.workflow.UpdateWorkflowUseCase;
import dev.agentpane.application.port.in.workflow.WorkflowPage;
import dev.agentpane.application.port.out.WorkflowRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.domain.workflow.WorkflowId;
import dev.agentpane.domain.workflow.WorkflowNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The workflow documents' use cases (reference §5.13); each write is one transaction. */
public class WorkflowService implements CreateWorkflowUseCase, GetWorkflowUseCase, ListWorkflowsUseCase, UpdateWorkflowUseCase,
        DeleteWorkflowUseCase {
    private final WorkflowRepository workflows;
    private final TransactionRunner transactions;
    private final Clock clock;

    public WorkflowService(WorkflowRepository workflows, TransactionRunner transactions, Clock clock) {
        this.workflows = workflows;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Workflow create(CreateWorkflowCommand command) {
        Workflow workflow = Workflow.create(command.fields(), now());
        transactions.inTransaction(() -> workflows.insert(workflow));
        return workflow;
    }

    @Override
    public Workflow get(WorkflowId id) {
        return workflows.findById(id).orElseThrow(() -> new WorkflowNotFoundException(id));
    }

    @Override
    public WorkflowPage list(ListWorkflowsQuery query) {
        WorkflowRepository.Filter filter = new WorkflowRepository.Filter(query.status(), query.search());
        return new WorkflowPage(workflows.findRecentlyUpdated(filter, query.limit(), query.offset()), workflows.count(filter));
    }

    @Override
    public Workflow update(UpdateWorkflowCommand command) {
        return transactions.inTransaction(() -> {
            Workflow updated = get(command.id()).apply(command.change(), now());
            if (!workflows.update(updated)) {
                throw new WorkflowNotFoundException(command.id());
            }
            return updated;
        });
    }

    @Override
    public void delete(WorkflowId id) {
        transactions.inTransaction(() -> {
            if (!workflows.deleteById(id)) {
                throw new WorkflowNotFoundException(id);
            }
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
