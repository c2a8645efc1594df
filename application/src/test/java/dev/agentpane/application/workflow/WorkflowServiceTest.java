package dev.agentpane.application.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.workflow.CreateWorkflowCommand;
import dev.agentpane.application.port.in.workflow.ListWorkflowsQuery;
import dev.agentpane.application.port.in.workflow.UpdateWorkflowCommand;
import dev.agentpane.application.port.in.workflow.WorkflowPage;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.port.out.WorkflowRepository;
import dev.agentpane.domain.shared.Change;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.workflow.SourceTemplateNotFoundException;
import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.domain.workflow.WorkflowChange;
import dev.agentpane.domain.workflow.WorkflowId;
import dev.agentpane.domain.workflow.WorkflowNotFoundException;
import dev.agentpane.domain.workflow.WorkflowStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkflowServiceTest {
    private static final Instant NOW = Instant.parse("2026-02-03T04:05:06.789Z");
    private WorkflowService service;

    @BeforeEach
    void setUp() {
        InMemoryStores stores = new InMemoryStores();
        service = new WorkflowService(stores.port(WorkflowRepository.class), stores.port(TransactionRunner.class),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static WorkflowChange change(String name, String description, WorkflowStatus status) {
        return new WorkflowChange(name == null ? null : Change.to(name), description == null ? null : Change.to(description), null, null,
                null, null, null, status == null ? null : Change.to(status), null, null, null, null, null);
    }

    private Workflow create(String name, String description, WorkflowStatus status) {
        return service.create(new CreateWorkflowCommand(change(name, description, status)));
    }

    @Test
    void a_created_workflow_is_a_draft_unless_told_otherwise() {
        Workflow draft = create("Draft", null, null);
        Workflow published = create("Published", null, WorkflowStatus.PUBLISHED);

        assertThat(service.get(draft.id()).status()).isEqualTo(WorkflowStatus.DRAFT);
        assertThat(service.get(published.id()).status()).isEqualTo(WorkflowStatus.PUBLISHED);
        assertThatThrownBy(() -> new CreateWorkflowCommand(WorkflowChange.NONE)).isInstanceOf(ValidationException.class);
    }

    @Test
    void lists_filter_by_status_and_search_with_the_real_total() {
        create("Deploy", "ships it", WorkflowStatus.PUBLISHED);
        create("Review", "reads the deploy diff", WorkflowStatus.DRAFT);
        create("Other", null, WorkflowStatus.PUBLISHED);

        WorkflowPage page = service.list(new ListWorkflowsQuery(null, "DEPLOY", 1, 0));
        assertThat(page.items()).hasSize(1);
        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(page.hasMore(0)).isTrue();
        assertThat(service.list(new ListWorkflowsQuery(WorkflowStatus.PUBLISHED, "deploy", 50, 0)).totalCount()).isEqualTo(1);
        assertThat(service.list(new ListWorkflowsQuery(null, "", 50, 0)).totalCount()).isEqualTo(3);
    }

    @Test
    void list_queries_are_bounded() {
        assertThatThrownBy(() -> new ListWorkflowsQuery(null, null, 0, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ListWorkflowsQuery(null, null, 501, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ListWorkflowsQuery(null, null, 50, -1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ListWorkflowsQuery(null, "s".repeat(201), 50, 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void an_update_changes_the_given_fields_only() {
        Workflow workflow = create("Flow", "text", null);

        Workflow updated = service.update(new UpdateWorkflowCommand(workflow.id(), change(null, null, WorkflowStatus.ARCHIVED)));

        assertThat(updated.name()).isEqualTo("Flow");
        assertThat(updated.description()).isEqualTo("text");
        assertThat(updated.status()).isEqualTo(WorkflowStatus.ARCHIVED);
        assertThat(service.get(workflow.id())).isEqualTo(updated);
    }

    @Test
    void an_unknown_source_template_is_refused_and_nothing_is_stored() {
        WorkflowChange fromTemplate = new WorkflowChange(Change.to("Generated"), null, null, null, Change.to(TemplateId.of("nope")),
                null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> service.create(new CreateWorkflowCommand(fromTemplate))).isInstanceOf(SourceTemplateNotFoundException.class);
        assertThat(service.list(new ListWorkflowsQuery(null, null, 50, 0)).totalCount()).isZero();
    }

    @Test
    void unknown_workflows_are_not_found() {
        WorkflowId unknown = WorkflowId.of("nope");

        assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(WorkflowNotFoundException.class)
                .hasMessage("Workflow with id 'nope' not found");
        assertThatThrownBy(() -> service.update(new UpdateWorkflowCommand(unknown, WorkflowChange.NONE)))
                .isInstanceOf(WorkflowNotFoundException.class);
        assertThatThrownBy(() -> service.delete(unknown)).isInstanceOf(WorkflowNotFoundException.class);
    }

    @Test
    void a_deleted_workflow_is_gone() {
        Workflow workflow = create("Doomed", null, null);

        service.delete(workflow.id());

        assertThatThrownBy(() -> service.get(workflow.id())).isInstanceOf(WorkflowNotFoundException.class);
    }
}
