package dev.agentpane.web.agent;

import dev.agentpane.application.port.in.agent.CreateAgentCommand;
import dev.agentpane.application.port.in.agent.CreateAgentUseCase;
import dev.agentpane.application.port.in.agent.DeleteAgentUseCase;
import dev.agentpane.application.port.in.agent.GetAgentUseCase;
import dev.agentpane.application.port.in.agent.ListAgentsQuery;
import dev.agentpane.application.port.in.agent.ListAgentsUseCase;
import dev.agentpane.application.port.in.agent.StartAgentCommand;
import dev.agentpane.application.port.in.agent.StartAgentUseCase;
import dev.agentpane.application.port.in.agent.UpdateAgentCommand;
import dev.agentpane.application.port.in.agent.UpdateAgentUseCase;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentConfigPatch;
import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.agent.AgentRunnerUnavailableException;
import dev.agentpane.domain.agent.AgentType;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ApiException;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.JsonBody;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code /api/agents} (reference §5.6). Agent execution comes with a later issue: start, stop, pause and resume check
 * their input (and start its rules) and then answer 503 {@code AGENT_RUNNER_UNAVAILABLE}.
 */
@RestController
@RequestMapping("/api/agents")
public class AgentController {
    private final CreateAgentUseCase createAgent;
    private final GetAgentUseCase getAgent;
    private final ListAgentsUseCase listAgents;
    private final UpdateAgentUseCase updateAgent;
    private final DeleteAgentUseCase deleteAgent;
    private final StartAgentUseCase startAgent;

    public AgentController(CreateAgentUseCase createAgent, GetAgentUseCase getAgent, ListAgentsUseCase listAgents,
            UpdateAgentUseCase updateAgent, DeleteAgentUseCase deleteAgent, StartAgentUseCase startAgent) {
        this.createAgent = createAgent;
        this.getAgent = getAgent;
        this.listAgents = listAgents;
        this.updateAgent = updateAgent;
        this.deleteAgent = deleteAgent;
        this.startAgent = startAgent;
    }

    /** Without {@code projectId}: the shape the original's agents page reads. */
    public record ItemsJson(List<AgentJson> items) {
    }

    public record DeletedJson(boolean deleted) {
    }

    public record StatusJson(String status) {
    }

    /** With {@code projectId}: the original's array of the project's agents; without: every agent as {@code {items}}. */
    @GetMapping
    public ApiEnvelope.Success<Object> list(@RequestParam(required = false) String projectId) {
        if (projectId == null) {
            return ApiEnvelope.success(new ItemsJson(json(listAgents.list(new ListAgentsQuery(null)))));
        }
        if (projectId.isEmpty()) {
            throw new ApiException(400, ErrorCode.MISSING_PARAMS, "projectId is required");
        }
        return ApiEnvelope.success(json(listAgents.list(new ListAgentsQuery(ProjectId.of(projectId)))));
    }

    @PostMapping
    public ResponseEntity<ApiEnvelope.Success<AgentJson>> create(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        String projectId = body.optionalString("projectId");
        String name = body.optionalString("name");
        String type = body.optionalString("type");
        JsonNode config = body.optionalObjectNode("config");
        if (projectId == null || projectId.isEmpty() || name == null || name.isEmpty() || type == null || type.isEmpty()) {
            throw new ApiException(400, ErrorCode.MISSING_PARAMS, "projectId, name, and type are required");
        }
        ProjectId project = ProjectId.of(projectId);
        AgentType agentType;
        try {
            agentType = AgentType.parse(type);
        } catch (ValidationException e) {
            throw new ApiException(400, ErrorCode.INVALID_PARAMS, "Invalid agent type");
        }
        AgentConfigPatch patch = config == null ? AgentConfigPatch.none() : configPatch(config);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ApiEnvelope.success(AgentJson.of(createAgent.create(new CreateAgentCommand(project, name, agentType, patch)))));
    }

    @GetMapping("/{id}")
    public ApiEnvelope.Success<AgentJson> get(@PathVariable String id) {
        return ApiEnvelope.success(AgentJson.of(getAgent.get(AgentId.of(id))));
    }

    /** Body {@code {config:{…}}} or the config fields at the top level; they merge into the stored config. */
    @PatchMapping("/{id}")
    public ApiEnvelope.Success<AgentJson> update(@PathVariable String id, @RequestBody JsonNode json) {
        AgentId agentId = AgentId.of(id);
        JsonBody body = JsonBody.of(json);
        JsonNode config = body.optionalObjectNode("config");
        AgentConfigPatch patch = configPatch(config == null ? json : config);
        if (patch.isEmpty()) {
            throw new ApiException(400, ErrorCode.MISSING_PARAMS, "config is required");
        }
        return ApiEnvelope.success(AgentJson.of(updateAgent.update(new UpdateAgentCommand(agentId, patch))));
    }

    @DeleteMapping("/{id}")
    public ApiEnvelope.Success<DeletedJson> delete(@PathVariable String id) {
        deleteAgent.delete(AgentId.of(id));
        return ApiEnvelope.success(new DeletedJson(true));
    }

    @GetMapping("/{id}/status")
    public ApiEnvelope.Success<StatusJson> status(@PathVariable String id) {
        return ApiEnvelope.success(new StatusJson(getAgent.get(AgentId.of(id)).status().wireValue()));
    }

    /** Optional body {@code {taskId}}. */
    @PostMapping("/{id}/start")
    public ApiEnvelope.Success<Object> start(@PathVariable String id, @RequestBody(required = false) JsonNode json) {
        AgentId agentId = AgentId.of(id);
        String taskId = optionalBody(json).optionalString("taskId");
        startAgent.start(new StartAgentCommand(agentId, taskId == null ? null : TaskId.of(taskId)));
        throw new AgentRunnerUnavailableException();
    }

    @PostMapping("/{id}/stop")
    public ApiEnvelope.Success<Object> stop(@PathVariable String id) {
        return unavailable(id);
    }

    @PostMapping("/{id}/pause")
    public ApiEnvelope.Success<Object> pause(@PathVariable String id) {
        return unavailable(id);
    }

    /** Optional body {@code {feedback}}. */
    @PostMapping("/{id}/resume")
    public ApiEnvelope.Success<Object> resume(@PathVariable String id, @RequestBody(required = false) JsonNode json) {
        AgentId agentId = AgentId.of(id);
        optionalBody(json).optionalString("feedback");
        return unavailable(agentId.value());
    }

    /** On this route an unknown project is the original's PROJECT_NOT_FOUND, with its status (as on the task routes). */
    @ExceptionHandler(ProjectNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> projectNotFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiEnvelope.serviceFailure("PROJECT_NOT_FOUND", "Project not found", 404));
    }

    /** The agent must exist (404 otherwise); then the runner is unavailable. */
    private ApiEnvelope.Success<Object> unavailable(String id) {
        getAgent.get(AgentId.of(id));
        throw new AgentRunnerUnavailableException();
    }

    /** An optional JSON object body: none (or JSON null) reads as an empty object. */
    private static JsonBody optionalBody(JsonNode json) {
        return JsonBody.of(json == null || json.isNull() || json.isMissingNode() ? JsonNodeFactory.instance.objectNode() : json);
    }

    private static AgentConfigPatch configPatch(JsonNode node) {
        JsonBody config = JsonBody.of(node);
        return new AgentConfigPatch(config.optionalStringList("allowedTools"), config.optionalInteger("maxTurns"),
                config.optionalString("model"), config.optionalString("systemPrompt"), temperature(node.get("temperature")));
    }

    private static Double temperature(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new ValidationException("temperature must be a number");
        }
        return value.doubleValue();
    }

    private static List<AgentJson> json(List<Agent> agents) {
        return agents.stream().map(AgentJson::of).toList();
    }
}
