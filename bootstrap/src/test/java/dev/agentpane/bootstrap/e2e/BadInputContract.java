package dev.agentpane.bootstrap.e2e;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.session.Session;
import dev.agentpane.web.server.WebSettings;
import dev.agentpane.web.testing.ApiClient;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route, sent every kind of bad input, answers a 4xx error envelope and leaves the database as it was.
 * A new route joins by adding one {@link Route} to {@link #ROUTES}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputContract {
    private static final int MAX_BODY_BYTES = 16 * 1024;
    /** Ids that reach the application and break its id rule (Jetty itself refuses ambiguous ones such as %2F). */
    private static final List<String> BAD_IDS = List.of("a.b", "has%20space", "x".repeat(101));

    /**
     * A route under test. Paths, bodies and queries may name the existing rows as {@code {projectId}}, {@code {taskId}}
     * {@code {agentId}} and {@code {sessionId}}.
     *
     * @param validBody       a body that the route accepts (null for routes without one)
     * @param wrongTypeBodies bodies of valid JSON with a value of the wrong type or outside its bounds
     * @param badQueries      query strings the route must refuse, each with the error code it must answer
     */
    record Route(String method, String path, String validBody, List<String> wrongTypeBodies, Map<String, String> badQueries) {
        boolean takesBody() {
            return validBody != null;
        }

        String idPlaceholder() {
            for (String placeholder : List.of("{sessionId}", "{agentId}", "{taskId}", "{projectId}")) {
                if (path.contains(placeholder)) {
                    return placeholder;
                }
            }
            return null;
        }
    }

    private static Map<String, String> refused(String... queries) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String query : queries) {
            codes.put(query, "VALIDATION_ERROR");
        }
        return codes;
    }

    /** The CLI monitor daemon registered before the tests, and the one session it reported. */
    private static final String DAEMON = "existing-daemon";
    private static final String SESSION_ID = "existing-cli-session";
    private static final String CLI_SESSION = "{'sessionId':'" + SESSION_ID + "','filePath':'/f.jsonl','cwd':'/w','projectName':'w',"
            + "'status':'idle','messageCount':1,'turnCount':1,'tokenUsage':{},'startedAt':" + (System.currentTimeMillis() - 1_000)
            + ",'lastActivityAt':" + System.currentTimeMillis() + "}";

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/projects", null, List.of(), refused("limit=abc", "limit=0", "limit=100000", "offset=-1", "offset=x")),
            new Route("GET", "/api/projects/summaries", null, List.of(), refused("limit=abc", "limit=-5")),
            new Route("POST", "/api/projects", json("{'name':'New','path':'/repos/new'}"),
                    List.of(json("{'name':1,'path':'/p'}"), json("{'name':'n','path':true}"), json("{'name':'n','path':'/p','description':[]}"),
                            json("{'name':'','path':'/p'}"), json("{'name':'n'}"), "[]", "\"text\"", "42"),
                    Map.of()),
            new Route("GET", "/api/projects/{projectId}", null, List.of(), Map.of()),
            new Route("PATCH", "/api/projects/{projectId}", json("{'name':'Renamed'}"),
                    List.of(json("{'name':5}"), json("{'maxConcurrentAgents':'3'}"), json("{'maxConcurrentAgents':99}"),
                            json("{'maxConcurrentAgents':1.5}"), json("{'config':'x'}"), json("{'description':{}}"), "[]"),
                    Map.of()),
            new Route("DELETE", "/api/projects/{projectId}", null, List.of(), Map.of()),
            new Route("GET", "/api/settings", null, List.of(), Map.of()),
            new Route("PUT", "/api/settings", json("{'settings':{'k':1}}"),
                    List.of(json("{'settings':'x'}"), json("{'settings':[1]}"), json("{}"), json("{'settings':{'':1}}"),
                            json("{'settings':{'" + "k".repeat(201) + "':1}}"), "[]"),
                    Map.of()),
            new Route("GET", "/api/tasks", null, List.of(), Map.of("", "MISSING_PARAMS", "projectId=a.b", "INVALID_ID",
                    "projectId={projectId}&column=done", "VALIDATION_ERROR", "projectId={projectId}&limit=0", "VALIDATION_ERROR",
                    "projectId={projectId}&offset=x", "VALIDATION_ERROR")),
            new Route("POST", "/api/tasks", json("{'projectId':'{projectId}','title':'New'}"),
                    List.of(json("{'projectId':'{projectId}','title':5}"), json("{'projectId':'{projectId}','title':''}"),
                            json("{'projectId':'{projectId}'}"), json("{'title':'t'}"), json("{'projectId':'{projectId}','title':'t','labels':'x'}"),
                            json("{'projectId':'{projectId}','title':'t','labels':[1]}"),
                            json("{'projectId':'{projectId}','title':'t','priority':'urgent'}"),
                            json("{'projectId':'{projectId}','title':'" + "t".repeat(501) + "'}"), "[]"),
                    Map.of()),
            new Route("GET", "/api/tasks/{taskId}", null, List.of(), Map.of()),
            new Route("PUT", "/api/tasks/{taskId}", json("{'title':'Renamed'}"),
                    List.of(json("{}"), json("{'title':''}"), json("{'title':7}"), json("{'labels':'x'}"), json("{'priority':'urgent'}"),
                            json("{'description':5}"), "[]"),
                    Map.of()),
            new Route("DELETE", "/api/tasks/{taskId}", null, List.of(), Map.of()),
            new Route("PATCH", "/api/tasks/{taskId}/move", json("{'column':'queued'}"),
                    List.of(json("{}"), json("{'column':'done'}"), json("{'column':5}"), json("{'column':'queued','position':-1}"),
                            json("{'column':'queued','position':'1'}"), json("{'column':'queued','startAgent':'yes'}"), "[]"),
                    Map.of()),
            new Route("POST", "/api/tasks/{taskId}/stop-agent", null, List.of(), Map.of()),
            new Route("GET", "/api/agents", null, List.of(), Map.of("projectId=a.b", "INVALID_ID", "projectId=", "MISSING_PARAMS")),
            new Route("POST", "/api/agents", json("{'projectId':'{projectId}','name':'New','type':'task'}"),
                    List.of(json("{'projectId':5,'name':'n','type':'task'}"), json("{'projectId':'{projectId}','name':5,'type':'task'}"),
                            json("{'projectId':'{projectId}','name':'n','type':true}"),
                            json("{'projectId':'{projectId}','name':'" + "n".repeat(201) + "','type':'task'}"),
                            json("{'projectId':'{projectId}','name':'n','type':'task','config':'x'}"),
                            json("{'projectId':'{projectId}','name':'n','type':'task','config':{'maxTurns':0}}"),
                            json("{'projectId':'{projectId}','name':'n','type':'task','config':{'maxTurns':'5'}}"),
                            json("{'projectId':'{projectId}','name':'n','type':'task','config':{'allowedTools':[1]}}"),
                            json("{'projectId':'{projectId}','name':'n','type':'task','config':{'temperature':2}}"), "[]"),
                    Map.of()),
            new Route("GET", "/api/agents/{agentId}", null, List.of(), Map.of()),
            new Route("PATCH", "/api/agents/{agentId}", json("{'config':{'maxTurns':10}}"),
                    List.of(json("{'config':'x'}"), json("{'maxTurns':'5'}"), json("{'config':{'temperature':'hot'}}"),
                            json("{'allowedTools':'Read'}"), json("{'config':{'maxTurns':501}}"), json("{'model':7}"), "[]", "null"),
                    Map.of()),
            new Route("DELETE", "/api/agents/{agentId}", null, List.of(), Map.of()),
            new Route("GET", "/api/agents/{agentId}/status", null, List.of(), Map.of()),
            new Route("POST", "/api/agents/{agentId}/start", null, List.of(), Map.of()),
            new Route("POST", "/api/agents/{agentId}/stop", null, List.of(), Map.of()),
            new Route("POST", "/api/agents/{agentId}/pause", null, List.of(), Map.of()),
            new Route("POST", "/api/agents/{agentId}/resume", null, List.of(), Map.of()),
            new Route("GET", "/api/sessions", null, List.of(), Map.of("limit=abc", "VALIDATION_ERROR", "limit=0", "VALIDATION_ERROR",
                    "limit=100000", "VALIDATION_ERROR", "offset=-1", "VALIDATION_ERROR", "projectId=a.b", "INVALID_ID")),
            new Route("POST", "/api/sessions", json("{'projectId':'{projectId}','title':'New'}"),
                    List.of(json("{}"), json("{'projectId':5}"), json("{'projectId':'{projectId}','title':5}"),
                            json("{'projectId':'{projectId}','title':'" + "t".repeat(501) + "'}"), json("{'projectId':'{projectId}','taskId':[]}"),
                            json("{'projectId':'{projectId}','agentId':true}"), "[]", "\"text\""),
                    Map.of()),
            new Route("GET", "/api/sessions/{sessionId}", null, List.of(), Map.of()),
            new Route("DELETE", "/api/sessions/{sessionId}", null, List.of(), Map.of()),
            new Route("GET", "/api/sessions/{sessionId}/events", null, List.of(), refused("limit=x", "limit=0", "limit=1001", "offset=-1")),
            new Route("POST", "/api/sessions/{sessionId}/events", json("{'type':'chunk','data':{'text':'x'}}"),
                    List.of(json("{'data':1}"), json("{'type':'','data':1}"), json("{'type':'" + "t".repeat(101) + "','data':1}"),
                            json("{'type':'x'}"), json("{'type':'x','data':null}"), json("{'type':'x','data':1,'timestamp':'now'}"),
                            json("{'type':'x','data':1,'timestamp':-5}"), json("{'type':'x','data':1,'channel':[]}"), "[]", "[1]",
                            json("[{'type':'ok','data':1},{'type':7,'data':1}]"), "\"text\""),
                    Map.of()),
            new Route("GET", "/api/sessions/{sessionId}/summary", null, List.of(), Map.of()),
            new Route("POST", "/api/sessions/{sessionId}/export", json("{'format':'json'}"),
                    List.of(json("{}"), json("{'format':'pdf'}"), json("{'format':1}"), "[]"),
                    Map.of()),
            new Route("GET", "/api/sessions/{sessionId}/stream", null, List.of(),
                    refused("offset=x", "offset=-1", "offset=1.5", "offset=99999999999999999999")),
            new Route("POST", "/api/cli-monitor/register", json("{'daemonId':'" + DAEMON + "','pid':1,'version':'1','watchPath':'/w'}"),
                    List.of(json("{'pid':1,'version':'1','watchPath':'/w'}"), json("{'daemonId':5,'pid':1,'version':'1','watchPath':'/w'}"),
                            json("{'daemonId':'d','pid':'1','version':'1','watchPath':'/w'}"),
                            json("{'daemonId':'d','pid':0,'version':'1','watchPath':'/w'}"),
                            json("{'daemonId':'d','pid':1,'version':'" + "v".repeat(51) + "','watchPath':'/w'}"),
                            json("{'daemonId':'d','pid':1,'version':'1','watchPath':''}"),
                            json("{'daemonId':'d','pid':1,'version':'1','watchPath':'/w','capabilities':[1]}"),
                            json("{'daemonId':'d','pid':1,'version':'1','watchPath':'/w','startedAt':'x'}"), "[]"),
                    Map.of()),
            new Route("POST", "/api/cli-monitor/heartbeat", json("{'daemonId':'" + DAEMON + "'}"),
                    List.of(json("{}"), json("{'daemonId':''}"), json("{'daemonId':'" + DAEMON + "','sessionCount':-1}"),
                            json("{'daemonId':'" + DAEMON + "','sessionCount':'1'}"), "[]"),
                    Map.of()),
            new Route("POST", "/api/cli-monitor/ingest", json("{'daemonId':'" + DAEMON + "','sessions':[],'removedSessionIds':[]}"),
                    List.of(json("{'sessions':[]}"), json("{'daemonId':'" + DAEMON + "','sessions':{}}"),
                            json("{'daemonId':'" + DAEMON + "','sessions':[{'sessionId':'s'}]}"),
                            json("{'daemonId':'" + DAEMON + "','sessions':[" + CLI_SESSION.replace("'idle'", "'done'") + "]}"),
                            json("{'daemonId':'" + DAEMON + "','sessions':[" + CLI_SESSION.replace("'turnCount':1", "'turnCount':-1") + "]}"),
                            json("{'daemonId':'" + DAEMON + "','sessions':[" + CLI_SESSION + "," + CLI_SESSION.replace("'idle'", "5") + "]}"),
                            json("{'daemonId':'" + DAEMON + "','removedSessionIds':['" + SESSION_ID + "',1]}"),
                            json("{'daemonId':'" + DAEMON + "','removedSessionIds':[" + "'x',".repeat(500) + "'" + SESSION_ID + "']}"),
                            json("{'daemonId':'" + DAEMON + "','sessions':[" + (CLI_SESSION + ",").repeat(500) + CLI_SESSION + "]}"), "[]"),
                    Map.of()),
            new Route("POST", "/api/cli-monitor/deregister", json("{'daemonId':'" + DAEMON + "'}"),
                    List.of(json("{}"), json("{'daemonId':7}"), json("{'daemonId':''}"), "[]"),
                    Map.of()),
            new Route("GET", "/api/cli-monitor/status", null, List.of(), Map.of()),
            new Route("GET", "/api/cli-monitor/sessions", null, List.of(),
                    refused("limit=0", "limit=501", "limit=abc", "offset=-1", "offset=x")),
            new Route("GET", "/api/cli-monitor/history", null, List.of(),
                    refused("limit=0", "limit=501", "limit=x", "since=abc", "since=-1")),
            new Route("GET", "/api/cli-monitor/stream", null, List.of(), Map.of()));


    private TestDatabase database;
    private RunningServer server;
    private String projectId;
    private String taskId;
    private String agentId;
    private String sessionId;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void start() {
        database = openDatabase();
        server = RunningServer.start(database, Map.of("MAX_BODY_BYTES", String.valueOf(MAX_BODY_BYTES)));
        projectId = server.api.post("/api/projects", json("{'name':'Existing','path':'/repos/existing'}")).json().at("/data/id").asString();
        server.api.put("/api/settings", json("{'settings':{'existing':{'a':[1,2]}}}"));
        taskId = server.api.post("/api/tasks", json("{'projectId':'" + projectId + "','title':'Existing task'}")).json().at("/data/id")
                .asString();
        agentId = server.api.post("/api/agents", json("{'projectId':'" + projectId + "','name':'Existing agent','type':'task'}"))
                .json().at("/data/id").asString();
        sessionId = server.api.post("/api/sessions", json("{'projectId':'" + projectId + "','title':'Existing session'}")).json()
                .at("/data/id").asString();
        server.api.post("/api/sessions/" + sessionId + "/events", json("{'type':'chunk','data':{'text':'existing'}}"));
        server.api.post("/api/cli-monitor/register", json("{'daemonId':'" + DAEMON + "','pid':1,'version':'1','watchPath':'/w'}"));
        assertThat(server.api.post("/api/cli-monitor/ingest", json("{'daemonId':'" + DAEMON + "','sessions':[" + CLI_SESSION + "]}"))
                .status()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        server.close();
        database.close();
    }

    private record BadRequest(String name, String method, String path, String contentType, String body, boolean chunked,
            int expectedStatus, String expectedCode) {
    }

    @TestFactory
    Stream<DynamicTest> every_route_refuses_bad_input_without_changing_the_database() {
        List<BadRequest> requests = new ArrayList<>();
        for (Route route : ROUTES) {
            String path = existing(route.path());
            String name = route.method() + " " + route.path();
            String validBody = route.takesBody() ? existing(route.validBody()) : null;
            if (route.takesBody()) {
                requests.add(new BadRequest(name + " malformed JSON", route.method(), path, ApiClient.JSON, "{\"name\": ", false, 400, "INVALID_JSON"));
                requests.add(new BadRequest(name + " empty body", route.method(), path, ApiClient.JSON, "", false, 400, "INVALID_JSON"));
                for (String body : route.wrongTypeBodies()) {
                    requests.add(new BadRequest(name + " " + body, route.method(), path, ApiClient.JSON, existing(body), false, 400,
                            "VALIDATION_ERROR"));
                }
                int limit = Math.toIntExact(WebSettings.ROUTE_BODY_LIMITS.getOrDefault(path, (long) MAX_BODY_BYTES));
                String oversized = validBody.replaceFirst("}$", ",\"padding\":\"" + "x".repeat(limit) + "\"}");
                requests.add(new BadRequest(name + " oversized", route.method(), path, ApiClient.JSON, oversized, false, 413, "PAYLOAD_TOO_LARGE"));
                requests.add(new BadRequest(name + " oversized chunked", route.method(), path, ApiClient.JSON, oversized, true, 413,
                        "PAYLOAD_TOO_LARGE"));
                requests.add(new BadRequest(name + " as XML", route.method(), path, "application/xml", "<x/>", false, 415,
                        "UNSUPPORTED_MEDIA_TYPE"));
            }
            if (route.idPlaceholder() != null) {
                for (String badId : BAD_IDS) {
                    requests.add(new BadRequest(name + " id " + badId, route.method(),
                            existing(route.path().replace(route.idPlaceholder(), badId)), route.takesBody() ? ApiClient.JSON : null,
                            validBody, false, 400, "INVALID_ID"));
                }
            }
            route.badQueries().forEach((query, code) -> requests.add(new BadRequest(name + "?" + query, route.method(),
                    path + "?" + existing(query), null, null, false, 400, code)));
        }
        return requests.stream().map(request -> DynamicTest.dynamicTest(request.name(), () -> {
            keepDaemonAlive();
            String before = snapshot();
            ApiResponse response = request.chunked()
                    ? server.api.sendChunked(request.method(), request.path(), request.body())
                    : server.api.send(request.method(), request.path(), request.contentType(), request.body());

            assertThat(response.status()).as(response.body()).isEqualTo(request.expectedStatus());
            assertThat(response.json().path("ok").asBoolean(true)).isFalse();
            assertThat(response.errorCode()).isEqualTo(request.expectedCode());
            assertThat(response.errorMessage()).isNotBlank();
            assertThat(snapshot()).isEqualTo(before);
        }));
    }

    private String existing(String text) {
        return text.replace("{projectId}", projectId).replace("{taskId}", taskId).replace("{agentId}", agentId)
                .replace("{sessionId}", sessionId);
    }

    /** Everything the API can show of the database. */
    private String snapshot() {
        return server.api.get("/api/projects?limit=500").body() + server.api.get("/api/settings").body()
                + server.api.get("/api/tasks?projectId=" + projectId).body()
                + server.api.get("/api/agents").body() + sessionSnapshot() + cliMonitorSnapshot();
    }

    /** The daemon check deregisters a daemon silent for 45 s: a heartbeat before each request keeps the snapshot steady. */
    private void keepDaemonAlive() {
        assertThat(server.api.post("/api/cli-monitor/heartbeat", json("{'daemonId':'" + DAEMON + "'}")).status()).isEqualTo(200);
    }

    private String cliMonitorSnapshot() {
        return server.api.get("/api/cli-monitor/status").body() + server.api.get("/api/cli-monitor/sessions").body()
                + server.api.get("/api/cli-monitor/history?limit=500").body();
    }

    private String sessionSnapshot() {
        return server.api.get("/api/sessions?limit=500").body() + server.api.get("/api/sessions/" + sessionId + "/events?limit=1000").body()
                + server.api.get("/api/sessions/" + sessionId + "/summary").body();
    }
}
