package dev.agentpane.web.workflow;

import dev.agentpane.application.port.in.workflow.CreateWorkflowCommand;
import dev.agentpane.application.port.in.workflow.CreateWorkflowUseCase;
import dev.agentpane.application.port.in.workflow.DeleteWorkflowUseCase;
import dev.agentpane.application.port.in.workflow.GetWorkflowUseCase;
import dev.agentpane.application.port.in.workflow.ListWorkflowsQuery;
import dev.agentpane.application.port.in.workflow.ListWorkflowsUseCase;
import dev.agentpane.application.port.in.workflow.UpdateWorkflowCommand;
import dev.agentpane.application.port.in.workflow.UpdateWorkflowUseCase;
import dev.agentpane.application.port.in.workflow.WorkflowPage;
import dev.agentpane.domain.shared.EntityId;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.workflow.WorkflowChange;
import dev.agentpane.domain.workflow.WorkflowId;
import dev.agentpane.domain.workflow.WorkflowStatus;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.JsonChanges;
import dev.agentpane.web.api.QueryParams;
import dev.agentpane.web.api.StorableText;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/workflows} (reference §5.13): the designer's documents, their JSON kept as sent. */
@RestController
@RequestMapping("/api/workflows")
public class WorkflowController {
    private final CreateWorkflowUseCase createWorkflow;
    private final GetWorkflowUseCase getWorkflow;
    private final ListWorkflowsUseCase listWorkflows;
    private final UpdateWorkflowUseCase updateWorkflow;
    private final DeleteWorkflowUseCase deleteWorkflow;

    public WorkflowController(CreateWorkflowUseCase createWorkflow, GetWorkflowUseCase getWorkflow, ListWorkflowsUseCase listWorkflows,
            UpdateWorkflowUseCase updateWorkflow, DeleteWorkflowUseCase deleteWorkflow) {
        this.createWorkflow = createWorkflow;
        this.getWorkflow = getWorkflow;
        this.listWorkflows = listWorkflows;
        this.updateWorkflow = updateWorkflow;
        this.deleteWorkflow = deleteWorkflow;
    }

    /** The original's list shape L7: the real total, and whether more pages follow. */
    public record ListJson(List<WorkflowJson> items, long totalCount, int limit, int offset, boolean hasMore) {
    }

    /** {@code status} must be a workflow status when given; {@code search} matches the name or description literally. */
    @GetMapping
    public ApiEnvelope.Success<ListJson> list(@RequestParam(required = false) String status, @RequestParam(required = false) String search,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        ListWorkflowsQuery query = new ListWorkflowsQuery(
                status == null || status.isEmpty() ? null : WireValue.parse(WorkflowStatus.class, status, "status"),
                StorableText.require(search, "search"),
                QueryParams.integer(limit, "limit", ListWorkflowsQuery.DEFAULT_LIMIT), QueryParams.integer(offset, "offset", 0));
        WorkflowPage page = listWorkflows.list(query);
        return ApiEnvelope.success(new ListJson(page.items().stream().map(WorkflowJson::of).toList(), page.totalCount(), query.limit(),
                query.offset(), page.hasMore(query.offset())));
    }

    @PostMapping
    public ResponseEntity<ApiEnvelope.Success<WorkflowJson>> create(@RequestBody JsonNode json) {
        CreateWorkflowCommand command = new CreateWorkflowCommand(change(JsonChanges.forCreateNamed(json)));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiEnvelope.success(WorkflowJson.of(createWorkflow.create(command))));
    }

    @GetMapping("/{id}")
    public ApiEnvelope.Success<WorkflowJson> get(@PathVariable String id) {
        return ApiEnvelope.success(WorkflowJson.of(getWorkflow.get(WorkflowId.of(id))));
    }

    @PatchMapping("/{id}")
    public ApiEnvelope.Success<WorkflowJson> update(@PathVariable String id, @RequestBody JsonNode json) {
        WorkflowId workflowId = WorkflowId.of(id);
        UpdateWorkflowCommand command = new UpdateWorkflowCommand(workflowId, change(JsonChanges.forUpdate(json)));
        return ApiEnvelope.success(WorkflowJson.of(updateWorkflow.update(command)));
    }

    @DeleteMapping("/{id}")
    public ApiEnvelope.Success<Object> delete(@PathVariable String id) {
        deleteWorkflow.delete(WorkflowId.of(id));
        return ApiEnvelope.success(null);
    }

    private static WorkflowChange change(JsonChanges fields) {
        return new WorkflowChange(
                fields.string("name"),
                fields.string("description"),
                fields.objectList("nodes"),
                fields.objectList("edges"),
                fields.string("sourceTemplateId").map(id -> TemplateId.of(EntityId.require(id, "sourceTemplateId"))),
                fields.string("sourceTemplateName"),
                fields.object("viewport"),
                fields.string("status").map(status -> WireValue.parse(WorkflowStatus.class, status, "status")),
                fields.stringList("tags"),
                fields.string("thumbnail"),
                fields.bool("aiGenerated"),
                fields.string("aiModel"),
                fields.integer("aiConfidence"));
    }
}
