package dev.agentpane.web.climonitor;

import dev.agentpane.application.port.in.climonitor.CliSessionHistoryPage;
import dev.agentpane.application.port.in.climonitor.CliSessionHistoryQuery;
import dev.agentpane.application.port.in.climonitor.DeregisterCliDaemonCommand;
import dev.agentpane.application.port.in.climonitor.DeregisterCliDaemonUseCase;
import dev.agentpane.application.port.in.climonitor.GetCliMonitorStatusUseCase;
import dev.agentpane.application.port.in.climonitor.HeartbeatCliDaemonCommand;
import dev.agentpane.application.port.in.climonitor.HeartbeatCliDaemonUseCase;
import dev.agentpane.application.port.in.climonitor.IngestCliSessionsCommand;
import dev.agentpane.application.port.in.climonitor.IngestCliSessionsUseCase;
import dev.agentpane.application.port.in.climonitor.ListCliSessionHistoryUseCase;
import dev.agentpane.application.port.in.climonitor.ListLiveCliSessionsQuery;
import dev.agentpane.application.port.in.climonitor.ListLiveCliSessionsUseCase;
import dev.agentpane.application.port.in.climonitor.LiveCliSessionPage;
import dev.agentpane.application.port.in.climonitor.RegisterCliDaemonCommand;
import dev.agentpane.application.port.in.climonitor.RegisterCliDaemonUseCase;
import dev.agentpane.domain.clisession.UnknownCliDaemonException;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ApiException;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.JsonBody;
import dev.agentpane.web.api.QueryParams;
import dev.agentpane.web.filter.BodySizeLimitFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/cli-monitor} (reference §4.14, §5.16): the daemon's routes (register, heartbeat, ingest, deregister) and
 * the page's (status, live sessions, history); the stream is {@link CliMonitorStreamController}. The daemon's bodies
 * may be up to {@link #MAX_BODY_BYTES}, whatever the server's general limit.
 */
@RestController
@RequestMapping(CliMonitorController.BASE)
public class CliMonitorController {
    static final String BASE = "/api/cli-monitor";
    /** The original's limit for the daemon's bodies: 5 MB. */
    public static final long MAX_BODY_BYTES = 5L * 1024 * 1024;
    /** The daemon's routes, each with its body limit. */
    public static final Map<String, Long> BODY_LIMITS = bodyLimits("register", "heartbeat", "ingest", "deregister");

    private final RegisterCliDaemonUseCase registerDaemon;
    private final HeartbeatCliDaemonUseCase heartbeat;
    private final IngestCliSessionsUseCase ingest;
    private final DeregisterCliDaemonUseCase deregisterDaemon;
    private final GetCliMonitorStatusUseCase getStatus;
    private final ListLiveCliSessionsUseCase listSessions;
    private final ListCliSessionHistoryUseCase history;

    public CliMonitorController(RegisterCliDaemonUseCase registerDaemon, HeartbeatCliDaemonUseCase heartbeat,
            IngestCliSessionsUseCase ingest, DeregisterCliDaemonUseCase deregisterDaemon, GetCliMonitorStatusUseCase getStatus,
            ListLiveCliSessionsUseCase listSessions, ListCliSessionHistoryUseCase history) {
        this.registerDaemon = registerDaemon;
        this.heartbeat = heartbeat;
        this.ingest = ingest;
        this.deregisterDaemon = deregisterDaemon;
        this.getStatus = getStatus;
        this.listSessions = listSessions;
        this.history = history;
    }

    public record StatusJson(boolean connected, CliDaemonJson daemon, int sessionCount) {
    }

    public record LiveSessionsJson(List<CliSessionJson> sessions, int total, boolean connected) {
    }

    public record HistoryJson(List<CliSessionJson> sessions, long total) {
    }

    private static Map<String, Long> bodyLimits(String... routes) {
        Map<String, Long> limits = new LinkedHashMap<>();
        for (String route : routes) {
            limits.put(BASE + "/" + route, MAX_BODY_BYTES);
        }
        return Map.copyOf(limits);
    }

    // ------------------------------------------------------------------------------------------- daemon → server

    @PostMapping("/register")
    public ApiEnvelope.Done register(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        String daemonId = body.requiredString("daemonId", "daemonId is required");
        int pid = body.requiredInteger("pid");
        registerDaemon.register(new RegisterCliDaemonCommand(daemonId, pid, body.requiredString("version", "version is required"),
                body.requiredString("watchPath", "watchPath is required"), body.optionalStringList("capabilities"),
                body.optionalLong("startedAt")));
        return ApiEnvelope.done();
    }

    @PostMapping("/heartbeat")
    public ApiEnvelope.Done heartbeat(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        Integer sessionCount = body.optionalInteger("sessionCount");
        HeartbeatCliDaemonCommand command = new HeartbeatCliDaemonCommand(body.requiredString("daemonId", "daemonId is required"),
                sessionCount == null ? 0 : sessionCount);
        try {
            heartbeat.heartbeat(command);
        } catch (UnknownCliDaemonException e) {
            throw new ApiException(409, ErrorCode.REREGISTER, "Daemon not recognized — please re-register");
        }
        return ApiEnvelope.done();
    }

    @PostMapping("/ingest")
    public ApiEnvelope.Done ingest(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        String daemonId = body.requiredString("daemonId", "daemonId is required");
        List<JsonNode> sessions = body.optionalArray("sessions");
        List<String> removed = body.optionalStringList("removedSessionIds");
        if (sessions != null && sessions.size() > IngestCliSessionsCommand.MAX_SESSIONS) {
            throw new ValidationException("At most " + IngestCliSessionsCommand.MAX_SESSIONS + " sessions may be ingested at once");
        }
        List<IngestCliSessionsCommand.Report> reports = new ArrayList<>();
        if (sessions != null) {
            for (int i = 0; i < sessions.size(); i++) {
                JsonNode session = sessions.get(i);
                reports.add(CliSessionReports.nested("Session " + i, () -> CliSessionReports.read(session)));
            }
        }
        IngestCliSessionsCommand command = new IngestCliSessionsCommand(daemonId, reports, removed);
        try {
            ingest.ingest(command);
        } catch (UnknownCliDaemonException e) {
            throw new ApiException(404, ErrorCode.UNKNOWN_DAEMON, "Daemon not registered");
        }
        return ApiEnvelope.done();
    }

    /** Answers {@code ok} whether or not the daemon was the registered one, as the original does. */
    @PostMapping("/deregister")
    public ApiEnvelope.Done deregister(@RequestBody JsonNode json) {
        deregisterDaemon.deregister(new DeregisterCliDaemonCommand(JsonBody.of(json).requiredString("daemonId", "daemonId is required")));
        return ApiEnvelope.done();
    }

    // ------------------------------------------------------------------------------------------- page → server

    @GetMapping("/status")
    public ApiEnvelope.Success<StatusJson> status() {
        GetCliMonitorStatusUseCase.Status status = getStatus.status();
        return ApiEnvelope.success(new StatusJson(status.connected(), CliDaemonJson.of(status.daemon()), status.sessionCount()));
    }

    /** Pages only when {@code limit} or {@code offset} is given, even empty (then with its default), as the original does. */
    @GetMapping("/sessions")
    public ApiEnvelope.Success<LiveSessionsJson> sessions(@RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        ListLiveCliSessionsQuery query = limit == null && offset == null ? ListLiveCliSessionsQuery.all()
                : new ListLiveCliSessionsQuery(QueryParams.integer(limit, "limit", ListLiveCliSessionsQuery.DEFAULT_LIMIT),
                        QueryParams.integer(offset, "offset", 0));
        LiveCliSessionPage page = listSessions.list(query);
        return ApiEnvelope.success(new LiveSessionsJson(page.sessions().stream().map(CliSessionJson::of).toList(), page.total(),
                page.connected()));
    }

    @GetMapping("/history")
    public ApiEnvelope.Success<HistoryJson> history(@RequestParam(required = false) String projectHash,
            @RequestParam(required = false) String since, @RequestParam(required = false) String limit) {
        CliSessionHistoryPage page = history.history(new CliSessionHistoryQuery(projectHash, QueryParams.longInteger(since, "since", null),
                QueryParams.integer(limit, "limit", CliSessionHistoryQuery.DEFAULT_LIMIT)));
        return ApiEnvelope.success(new HistoryJson(page.sessions().stream().map(CliSessionJson::of).toList(), page.total()));
    }

    /** The original's wording on these routes; a body over the limit is still a 413. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiEnvelope.Failure> unreadableBody(HttpMessageNotReadableException e) {
        if (BodySizeLimitFilter.isTooLarge(e)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(ApiEnvelope.failure(ErrorCode.PAYLOAD_TOO_LARGE, BodySizeLimitFilter.MESSAGE));
        }
        return ResponseEntity.badRequest().body(ApiEnvelope.failure(ErrorCode.INVALID_JSON, ErrorCode.CLI_MONITOR_INVALID_JSON_MESSAGE));
    }
}
