package dev.agentpane.web.task;

import dev.agentpane.application.port.in.task.CreateTaskCommand;
import dev.agentpane.application.port.in.task.CreateTaskUseCase;
import dev.agentpane.application.port.in.task.DeleteTaskUseCase;
import dev.agentpane.application.port.in.task.GetTaskUseCase;
import dev.agentpane.application.port.in.task.ListTasksQuery;
import dev.agentpane.application.port.in.task.MoveTaskCommand;
import dev.agentpane.application.port.in.task.MoveTaskUseCase;
import dev.agentpane.application.port.in.task.StopTaskAgentUseCase;
import dev.agentpane.application.port.in.task.UpdateTaskCommand;
import dev.agentpane.application.port.in.task.UpdateTaskUseCase;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.domain.task.TaskPriority;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ApiException;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.JsonBody;
import dev.agentpane.web.api.QueryParams;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/tasks} (reference §5.4). Every task response carries its version as an {@code ETag}; a PUT or move with
 * {@code If-Match} applies only to that version.
 */
@RestController
@RequestMapping("/api/tasks")
public class TaskController {
    private final CreateTaskUseCase createTask;
    private final GetTaskUseCase getTask;
    private final BoardPageCache boardPages;
    private final UpdateTaskUseCase updateTask;
    private final MoveTaskUseCase moveTask;
    private final DeleteTaskUseCase deleteTask;
    private final StopTaskAgentUseCase stopAgent;

    public TaskController(CreateTaskUseCase createTask, GetTaskUseCase getTask, BoardPageCache boardPages, UpdateTaskUseCase updateTask,
            MoveTaskUseCase moveTask, DeleteTaskUseCase deleteTask, StopTaskAgentUseCase stopAgent) {
        this.createTask = createTask;
        this.getTask = getTask;
        this.boardPages = boardPages;
        this.updateTask = updateTask;
        this.moveTask = moveTask;
        this.deleteTask = deleteTask;
        this.stopAgent = stopAgent;
    }

    public record MovedTaskJson(TaskJson task) {
    }

    public record StoppedJson(boolean stopped) {
    }

    /** Served from {@link BoardPageCache}: the board's bytes as of its current version. */
    @GetMapping
    public ResponseEntity<byte[]> list(@RequestParam(required = false) String projectId,
            @RequestParam(required = false) String column, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        if (projectId == null || projectId.isEmpty()) {
            throw new ApiException(400, ErrorCode.MISSING_PARAMS, "projectId is required");
        }
        ListTasksQuery query = new ListTasksQuery(ProjectId.of(projectId), column == null || column.isEmpty() ? null : TaskColumn.parse(column),
                QueryParams.integer(limit, "limit", ListTasksQuery.DEFAULT_LIMIT), QueryParams.integer(offset, "offset", 0));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(boardPages.page(query));
    }

    @PostMapping
    public ResponseEntity<ApiEnvelope.Success<TaskJson>> create(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        ProjectId projectId = ProjectId.of(body.requiredString("projectId", "projectId is required"));
        CreateTaskCommand command = new CreateTaskCommand(projectId, body.requiredString("title", "Title is required"),
                body.optionalString("description"), body.optionalStringList("labels"), priority(body));
        return withETag(HttpStatus.CREATED, createTask.create(command));
    }

    @GetMapping("/{id}")
    public ResponseEntity<ApiEnvelope.Success<TaskJson>> get(@PathVariable String id) {
        return withETag(HttpStatus.OK, getTask.get(TaskId.of(id)));
    }

    @PutMapping("/{id}")
    public ResponseEntity<ApiEnvelope.Success<TaskJson>> update(@PathVariable String id, @RequestBody JsonNode json,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        TaskId taskId = TaskId.of(id);
        JsonBody body = JsonBody.of(json);
        UpdateTaskCommand command = new UpdateTaskCommand(taskId, body.optionalString("title"), body.optionalString("description"),
                body.optionalStringList("labels"), priority(body), TaskETag.expectedVersion(ifMatch));
        return withETag(HttpStatus.OK, updateTask.update(command));
    }

    @PatchMapping("/{id}/move")
    public ResponseEntity<ApiEnvelope.Success<MovedTaskJson>> move(@PathVariable String id, @RequestBody JsonNode json,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        TaskId taskId = TaskId.of(id);
        JsonBody body = JsonBody.of(json);
        TaskColumn column = TaskColumn.parse(body.requiredString("column", "column is required"));
        Integer position = body.optionalInteger("position");
        body.optionalBoolean("startAgent"); // accepted as in the original; agents start with the agent-execution issue
        PositionedTask moved = moveTask.move(new MoveTaskCommand(taskId, column, position, TaskETag.expectedVersion(ifMatch)));
        return ResponseEntity.ok().eTag(TaskETag.of(moved.task().version())).body(ApiEnvelope.success(new MovedTaskJson(TaskJson.of(moved))));
    }

    @DeleteMapping("/{id}")
    public ApiEnvelope.Success<Object> delete(@PathVariable String id) {
        deleteTask.delete(TaskId.of(id));
        return ApiEnvelope.success(null);
    }

    @PostMapping("/{id}/stop-agent")
    public ApiEnvelope.Success<StoppedJson> stopAgent(@PathVariable String id) {
        stopAgent.stopAgent(TaskId.of(id));
        return ApiEnvelope.success(new StoppedJson(true));
    }

    /** On this route an unknown project is the original's PROJECT_NOT_FOUND, with its status. */
    @ExceptionHandler(ProjectNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> projectNotFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiEnvelope.serviceFailure("PROJECT_NOT_FOUND", "Project not found", 404));
    }

    private static TaskPriority priority(JsonBody body) {
        String priority = body.optionalString("priority");
        return priority == null ? null : TaskPriority.parse(priority);
    }

    private static ResponseEntity<ApiEnvelope.Success<TaskJson>> withETag(HttpStatus status, PositionedTask task) {
        return ResponseEntity.status(status).eTag(TaskETag.of(task.task().version())).body(ApiEnvelope.success(TaskJson.of(task)));
    }
}
