package dev.agentpane.web.session;

import dev.agentpane.application.port.in.session.AppendSessionEventsCommand;
import dev.agentpane.application.port.in.session.AppendSessionEventsUseCase;
import dev.agentpane.application.port.in.session.CreateSessionCommand;
import dev.agentpane.application.port.in.session.CreateSessionUseCase;
import dev.agentpane.application.port.in.session.DeleteSessionUseCase;
import dev.agentpane.application.port.in.session.ExportSessionUseCase;
import dev.agentpane.application.port.in.session.GetSessionSummaryUseCase;
import dev.agentpane.application.port.in.session.GetSessionUseCase;
import dev.agentpane.application.port.in.session.ListSessionEventsUseCase;
import dev.agentpane.application.port.in.session.ListSessionsQuery;
import dev.agentpane.application.port.in.session.ListSessionsUseCase;
import dev.agentpane.application.port.in.session.SessionEventPage;
import dev.agentpane.application.port.in.session.SessionPage;
import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.session.SessionAgentNotFoundException;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.shared.InvalidIdException;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ApiException;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.JsonBody;
import dev.agentpane.web.api.QueryParams;
import dev.agentpane.web.api.WireJson;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/sessions} (reference §5.7) and the append route {@code POST /api/sessions/{id}/events}. */
@RestController
@RequestMapping("/api/sessions")
public class SessionController {
    private final CreateSessionUseCase createSession;
    private final GetSessionUseCase getSession;
    private final ListSessionsUseCase listSessions;
    private final DeleteSessionUseCase deleteSession;
    private final ListSessionEventsUseCase listEvents;
    private final AppendSessionEventsUseCase appendEvents;
    private final GetSessionSummaryUseCase getSummary;
    private final ExportSessionUseCase exportSession;

    public SessionController(CreateSessionUseCase createSession, GetSessionUseCase getSession, ListSessionsUseCase listSessions,
            DeleteSessionUseCase deleteSession, ListSessionEventsUseCase listEvents, AppendSessionEventsUseCase appendEvents,
            GetSessionSummaryUseCase getSummary, ExportSessionUseCase exportSession) {
        this.createSession = createSession;
        this.getSession = getSession;
        this.listSessions = listSessions;
        this.deleteSession = deleteSession;
        this.listEvents = listEvents;
        this.appendEvents = appendEvents;
        this.getSummary = getSummary;
        this.exportSession = exportSession;
    }

    /** The original's list shapes L4 and L5: an array {@code data} with a sibling {@code pagination}. */
    public record PagedList<T, P>(boolean ok, List<T> data, P pagination) {
    }

    public record SessionPagination(int limit, int offset, boolean hasMore) {
    }

    public record EventPagination(long total, int limit, int offset) {
    }

    public record DeletedJson(boolean deleted) {
    }

    public record AppendedJson(List<Long> offsets) {
    }

    @GetMapping
    public PagedList<SessionJson, SessionPagination> list(@RequestParam(required = false) String projectId,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        ListSessionsQuery query = new ListSessionsQuery(projectId == null || projectId.isEmpty() ? null : ProjectId.of(projectId),
                QueryParams.integer(limit, "limit", ListSessionsQuery.DEFAULT_LIMIT), QueryParams.integer(offset, "offset", 0));
        SessionPage page = listSessions.list(query);
        return new PagedList<>(true, page.items().stream().map(SessionJson::of).toList(),
                new SessionPagination(query.limit(), query.offset(), page.hasMore()));
    }

    @PostMapping
    public ResponseEntity<ApiEnvelope.Success<SessionJson>> create(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        ProjectId projectId = ProjectId.of(body.requiredString("projectId", "projectId is required"));
        String taskId = body.optionalString("taskId");
        String agentId = body.optionalString("agentId");
        CreateSessionCommand command = new CreateSessionCommand(projectId, taskId == null ? null : TaskId.of(taskId),
                agentId == null ? null : AgentId.of(agentId), body.optionalString("title"));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiEnvelope.success(SessionJson.of(createSession.create(command))));
    }

    @GetMapping("/{id}")
    public ApiEnvelope.Success<SessionJson> get(@PathVariable String id) {
        return ApiEnvelope.success(SessionJson.of(getSession.get(sessionId(id))));
    }

    @DeleteMapping("/{id}")
    public ApiEnvelope.Success<DeletedJson> delete(@PathVariable String id) {
        deleteSession.delete(sessionId(id));
        return ApiEnvelope.success(new DeletedJson(true));
    }

    @GetMapping("/{id}/events")
    public PagedList<SessionEventJson, EventPagination> events(@PathVariable String id, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        SessionId sessionId = sessionId(id);
        int pageLimit = QueryParams.integer(limit, "limit", ListSessionEventsUseCase.DEFAULT_LIMIT);
        int pageOffset = QueryParams.integer(offset, "offset", 0);
        SessionEventPage page = listEvents.events(sessionId, pageLimit, pageOffset);
        return new PagedList<>(true, page.events().stream().map(SessionEventJson::of).toList(),
                new EventPagination(page.total(), pageLimit, pageOffset));
    }

    /** One event object or an array of at most 500; all are stored together or none. */
    @PostMapping("/{id}/events")
    public ResponseEntity<ApiEnvelope.Success<AppendedJson>> append(@PathVariable String id, @RequestBody JsonNode json) {
        SessionId sessionId = sessionId(id);
        List<AppendSessionEventsCommand.Event> drafts = new ArrayList<>();
        if (json != null && json.isArray()) {
            if (json.size() > AppendSessionEventsCommand.MAX_EVENTS) {
                throw new ValidationException("At most " + AppendSessionEventsCommand.MAX_EVENTS + " events may be appended at once");
            }
            for (int i = 0; i < json.size(); i++) {
                try {
                    drafts.add(draft(json.get(i)));
                } catch (ValidationException e) {
                    throw new ValidationException("Event " + i + ": " + e.getMessage());
                }
            }
        } else {
            drafts.add(draft(json));
        }
        List<Long> offsets = appendEvents.append(new AppendSessionEventsCommand(sessionId, drafts));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiEnvelope.success(new AppendedJson(offsets)));
    }

    @GetMapping("/{id}/summary")
    public ApiEnvelope.Success<SessionSummaryJson> summary(@PathVariable String id) {
        SessionId sessionId = sessionId(id);
        return ApiEnvelope.success(getSummary.summary(sessionId).map(SessionSummaryJson::of).orElse(SessionSummaryJson.empty(sessionId)));
    }

    @PostMapping("/{id}/export")
    public ApiEnvelope.Success<SessionExport> export(@PathVariable String id, @RequestBody JsonNode json) {
        SessionId sessionId = sessionId(id);
        SessionExport.Format format = SessionExport.Format.parse(JsonBody.of(json).requiredString("format", "format is required"));
        return ApiEnvelope.success(SessionExport.of(exportSession.transcript(sessionId), format));
    }

    /** On these routes an unknown project is the original's PROJECT_NOT_FOUND, with its status. */
    @ExceptionHandler(ProjectNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> projectNotFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiEnvelope.serviceFailure("PROJECT_NOT_FOUND", "Project not found", 404));
    }

    @ExceptionHandler(SessionAgentNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> agentNotFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiEnvelope.serviceFailure("AGENT_NOT_FOUND", "Agent not found", 404));
    }

    private static SessionId sessionId(String id) {
        try {
            return SessionId.of(id);
        } catch (InvalidIdException e) {
            throw new ApiException(400, ErrorCode.INVALID_ID, "Invalid session ID format");
        }
    }

    private static AppendSessionEventsCommand.Event draft(JsonNode json) {
        JsonBody body = JsonBody.of(json);
        String type = body.requiredString("type", "type is required");
        String channel = body.optionalString("channel");
        if (!body.has("data")) {
            throw new ValidationException("data is required");
        }
        Object data = WireJson.MAPPER.convertValue(json.get("data"), Object.class);
        JsonNode timestamp = json.get("timestamp");
        Long epochMillis = null;
        if (timestamp != null && !timestamp.isNull()) {
            if (!timestamp.isIntegralNumber() || !timestamp.canConvertToLong()) {
                throw new ValidationException("timestamp must be an integer (epoch milliseconds)");
            }
            epochMillis = timestamp.longValue();
        }
        return new AppendSessionEventsCommand.Event(type, channel, data, epochMillis);
    }
}
