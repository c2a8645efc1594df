package dev.agentpane.bootstrap.e2e;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.MarketplaceRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.application.port.out.TerraformModuleRepository;
import dev.agentpane.domain.marketplace.CachedPlugin;
import dev.agentpane.domain.marketplace.Marketplace;
import dev.agentpane.domain.marketplace.MarketplaceId;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.terraform.TerraformModule;
import dev.agentpane.domain.terraform.TerraformRegistryId;
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
     * {@code {agentId}}, {@code {sessionId}}, {@code {templateId}}, {@code {marketplaceId}}, {@code {registryId}},
     * {@code {moduleId}}, {@code {service}} (of the stored API key), {@code {sandboxConfigId}} and {@code {workflowId}}.
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
            for (String placeholder : List.of("{sessionId}", "{agentId}", "{taskId}", "{projectId}", "{templateId}", "{marketplaceId}",
                    "{registryId}", "{moduleId}", "{service}", "{sandboxConfigId}", "{workflowId}")) {
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
                            json("{'name':'','path':'/p'}"), json("{'name':'n'}"), "{\"name\":\"n\\u0000\",\"path\":\"/p\"}", "[]", "\"text\"", "42"),
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
                            json("{'settings':{'" + "k".repeat(201) + "':1}}"), "{\"settings\":{\"k\":\"v\\u0000\"}}",
                            "{\"settings\":{\"k\":1e400}}", "[]"),
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
            new Route("GET", "/api/templates", null, List.of(), Map.of("limit=abc", "VALIDATION_ERROR", "limit=0", "VALIDATION_ERROR",
                    "limit=100000", "VALIDATION_ERROR", "scope=team", "VALIDATION_ERROR", "projectId=a.b", "INVALID_ID")),
            new Route("POST", "/api/templates", json("{'name':'New','scope':'org','githubUrl':'acme/new-template'}"),
                    List.of(json("{'name':1,'scope':'org','githubUrl':'acme/x'}"), json("{'name':'n','scope':5,'githubUrl':'acme/x'}"),
                            json("{'name':'n','scope':'org','githubUrl':true}"), json("{'name':'n','scope':'org','githubUrl':'acme/x','description':[]}"),
                            json("{'name':'n','scope':'org','githubUrl':'acme/x','branch':''}"),
                            json("{'name':'n','scope':'org','githubUrl':'acme/x','projectIds':'x'}"),
                            json("{'name':'n','scope':'org','githubUrl':'acme/x','projectIds':[1]}"),
                            json("{'name':'n','scope':'org','githubUrl':'acme/x','syncIntervalMinutes':4}"),
                            json("{'name':'n','scope':'org','githubUrl':'acme/x','syncIntervalMinutes':'15'}"),
                            json("{'name':'" + "n".repeat(501) + "','scope':'org','githubUrl':'acme/x'}"), "[]", "\"text\""),
                    Map.of()),
            new Route("GET", "/api/templates/{templateId}", null, List.of(), Map.of()),
            new Route("PATCH", "/api/templates/{templateId}", json("{'name':'Renamed'}"),
                    List.of(json("{'name':5}"), json("{'name':''}"), json("{'projectIds':'x'}"), json("{'projectIds':[1]}"),
                            json("{'syncIntervalMinutes':4}"), json("{'syncIntervalMinutes':1.5}"), json("{'branch':[]}"), "[]", "null"),
                    Map.of()),
            new Route("DELETE", "/api/templates/{templateId}", null, List.of(), Map.of()),
            new Route("POST", "/api/templates/{templateId}/sync", null, List.of(), Map.of()),
            new Route("GET", "/api/marketplaces", null, List.of(), refused("limit=abc", "limit=0", "limit=100000", "includeDisabled=yes")),
            new Route("POST", "/api/marketplaces", json("{'name':'New','githubUrl':'acme/new-marketplace'}"),
                    List.of(json("{'name':1,'githubUrl':'acme/x'}"), json("{'name':'n','githubUrl':5}"),
                            json("{'name':'n','githubOwner':true,'githubRepo':'x'}"), json("{'name':'n','githubOwner':'bad owner','githubRepo':'x'}"),
                            json("{'name':'n','githubUrl':'acme/x','branch':''}"), json("{'name':'n','githubUrl':'acme/x','pluginsPath':[]}"),
                            "[]", "\"text\""),
                    Map.of()),
            new Route("POST", "/api/marketplaces/seed", null, List.of(), Map.of()),
            new Route("GET", "/api/marketplaces/plugins", null, List.of(), Map.of("marketplaceId=a.b", "INVALID_ID")),
            new Route("GET", "/api/marketplaces/categories", null, List.of(), Map.of()),
            new Route("GET", "/api/marketplaces/{marketplaceId}", null, List.of(), Map.of()),
            new Route("PATCH", "/api/marketplaces/{marketplaceId}", json("{'name':'Renamed'}"),
                    List.of(json("{'name':5}"), json("{'name':''}"), json("{'isEnabled':'yes'}"), json("{'branch':[]}"), "[]"),
                    Map.of()),
            new Route("DELETE", "/api/marketplaces/{marketplaceId}", null, List.of(), Map.of()),
            new Route("POST", "/api/marketplaces/{marketplaceId}/sync", null, List.of(), Map.of()),
            new Route("GET", "/api/terraform/registries", null, List.of(), Map.of()),
            new Route("POST", "/api/terraform/registries", json("{'name':'New','orgName':'new-org','tokenSettingKey':'k'}"),
                    List.of(json("{'name':1,'orgName':'o','tokenSettingKey':'k'}"), json("{'name':'n','orgName':'','tokenSettingKey':'k'}"),
                            json("{'name':'n','orgName':'o','tokenSettingKey':[]}"), json("{'name':'n','orgName':'o'}"),
                            json("{'name':'n','orgName':'o','tokenSettingKey':'" + "k".repeat(201) + "'}"),
                            json("{'name':'n','orgName':'o','tokenSettingKey':'k','syncIntervalMinutes':4}"),
                            json("{'name':'n','orgName':'o','tokenSettingKey':'k','syncIntervalMinutes':'5'}"), "[]"),
                    Map.of()),
            new Route("GET", "/api/terraform/registries/{registryId}", null, List.of(), Map.of()),
            new Route("PATCH", "/api/terraform/registries/{registryId}", json("{'name':'Renamed'}"),
                    List.of(json("{'name':''}"), json("{'orgName':5}"), json("{'syncIntervalMinutes':4}"), json("{'syncIntervalMinutes':true}"),
                            "[]"),
                    Map.of()),
            new Route("DELETE", "/api/terraform/registries/{registryId}", null, List.of(), Map.of()),
            new Route("POST", "/api/terraform/registries/{registryId}/sync", null, List.of(), Map.of()),
            new Route("GET", "/api/terraform/modules", null, List.of(), Map.of("limit=0", "VALIDATION_ERROR", "limit=201", "VALIDATION_ERROR",
                    "limit=x", "VALIDATION_ERROR", "registryId=a.b", "INVALID_ID")),
            new Route("GET", "/api/terraform/modules/{moduleId}", null, List.of(), Map.of()),
            new Route("POST", "/api/terraform/validate", json("{'code':'variable region {}'}"),
                    List.of(json("{}"), json("{'code':''}"), json("{'code':5}"), json("{'code':'x','tfvars':[]}"), "[]"),
                    Map.of()),
            new Route("POST", "/api/terraform/compose", json("{'messages':[{'role':'user','content':'x'}]}"),
                    List.of(json("{}"), json("{'messages':[]}"), json("{'messages':'x'}"), json("{'messages':[{'role':'robot','content':'x'}]}"),
                            json("{'messages':[{'role':'user','content':''}]}"), json("{'messages':[{'role':'user','content':'x'}],'sessionId':'a b'}"),
                            "[]"),
                    Map.of()),
            new Route("GET", "/api/terraform/compose/existing-session/events", null, List.of(), Map.of()),
            new Route("GET", "/api/keys/{service}", null, List.of(), Map.of()),
            new Route("POST", "/api/keys/{service}", json("{'key':'sk-ant-api03-valid-key'}"),
                    List.of(json("{}"), json("{'key':''}"), json("{'key':5}"), json("{'key':['x']}"), json("{'key':null}"),
                            json("{'key':'sk-ant-" + "k".repeat(1000) + "'}"), "{\"key\":\"sk-ant-\\u0000\"}", "[]", "\"text\""),
                    Map.of()),
            new Route("DELETE", "/api/keys/{service}", null, List.of(), Map.of()),
            new Route("GET", "/api/github/token", null, List.of(), Map.of()),
            new Route("POST", "/api/github/token", json("{'token':'ghp_abcdefghijklmnopqrstuvwxyz0123456789'}"),
                    List.of(json("{'token':5}"), json("{'token':[]}"), json("{'token':'ghp_" + "t".repeat(1000) + "'}"), "[]"),
                    Map.of()),
            new Route("DELETE", "/api/github/token", null, List.of(), Map.of()),
            new Route("GET", "/api/sandbox-configs", null, List.of(), refused("limit=abc", "limit=0", "limit=501", "offset=-1", "offset=x")),
            new Route("POST", "/api/sandbox-configs", json("{'name':'New config','type':'docker','isDefault':true}"),
                    List.of(json("{'name':5}"), json("{'name':'n','type':'vm'}"), json("{'name':'n','type':1}"),
                            json("{'name':'n','memoryMb':'4096'}"), json("{'name':'n','memoryMb':1.5}"), json("{'name':'n','cpuCores':'2'}"),
                            json("{'name':'n','isDefault':'yes'}"), json("{'name':'n','allowedEgressHosts':'h'}"),
                            json("{'name':'n','allowedEgressHosts':[1]}"), json("{'name':'n','baseImage':''}"),
                            json("{'name':'" + "n".repeat(501) + "'}"), "{\"name\":\"n\\u0000\"}", "{\"name\":\"n\",\"cpuCores\":1e400}",
                            "[]", "\"text\""),
                    Map.of()),
            new Route("GET", "/api/sandbox-configs/{sandboxConfigId}", null, List.of(), Map.of()),
            new Route("PATCH", "/api/sandbox-configs/{sandboxConfigId}", json("{'name':'Renamed config'}"),
                    List.of(json("{'name':null}"), json("{'name':''}"), json("{'type':null}"), json("{'memoryMb':null}"),
                            json("{'memoryMb':'1'}"), json("{'type':'vm'}"), json("{'networkPolicyEnabled':1}"),
                            json("{'kubeNamespace':" + "[]" + "}"), "[]", "null"),
                    Map.of()),
            new Route("DELETE", "/api/sandbox-configs/{sandboxConfigId}", null, List.of(), Map.of()),
            new Route("GET", "/api/workflows", null, List.of(), refused("limit=abc", "limit=0", "limit=501", "offset=-1", "status=live",
                    "search=" + "s".repeat(201), "search=%00")),
            new Route("POST", "/api/workflows", json("{'name':'New workflow','nodes':[{'id':'n','position':{'x':1.5,'y':1e3}}]}"),
                    List.of(json("{'name':5}"), json("{'name':'n','status':'live'}"), json("{'name':'n','nodes':{}}"),
                            json("{'name':'n','nodes':[1]}"), json("{'name':'n','edges':'x'}"), json("{'name':'n','viewport':[]}"),
                            json("{'name':'n','tags':[1]}"), json("{'name':'n','aiGenerated':'yes'}"), json("{'name':'n','aiConfidence':101}"),
                            json("{'name':'n','aiConfidence':'5'}"), json("{'name':'" + "n".repeat(501) + "'}"),
                            "{\"name\":\"n\\u0000\"}", "{\"name\":\"n\",\"viewport\":{\"zoom\":1e400}}", "[]", "\"text\""),
                    Map.of()),
            new Route("GET", "/api/workflows/{workflowId}", null, List.of(), Map.of()),
            new Route("PATCH", "/api/workflows/{workflowId}", json("{'name':'Renamed workflow'}"),
                    List.of(json("{'name':null}"), json("{'name':''}"), json("{'status':null}"), json("{'status':'live'}"),
                            json("{'nodes':'x'}"), json("{'tags':'x'}"), json("{'aiConfidence':-1}"), "[]", "null"),
                    Map.of()),
            new Route("DELETE", "/api/workflows/{workflowId}", null, List.of(), Map.of()),
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
    private String templateId;
    private String marketplaceId;
    private String registryId;
    private String moduleId;
    private String sandboxConfigId;
    private String workflowId;

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
        server.api.post("/api/keys/" + EXISTING_SERVICE, json("{'key':'sk-ant-api03-existing-key'}"));
        sandboxConfigId = server.api.post("/api/sandbox-configs", json("{'name':'Existing config','isDefault':true}")).json()
                .at("/data/id").asString();
        workflowId = server.api.post("/api/workflows", json("{'name':'Existing workflow','nodes':[{'id':'a','data':{'n':1.5}}]}")).json()
                .at("/data/id").asString();
        startWithTemplatesMarketplacesAndTerraform();
        server.api.post("/api/cli-monitor/register", json("{'daemonId':'" + DAEMON + "','pid':1,'version':'1','watchPath':'/w'}"));
        assertThat(server.api.post("/api/cli-monitor/ingest", json("{'daemonId':'" + DAEMON + "','sessions':[" + CLI_SESSION + "]}"))
                .status()).isEqualTo(200);
    }

    private void startWithTemplatesMarketplacesAndTerraform() {
        templateId = server.api.post("/api/templates", json("{'name':'Existing template','scope':'project','githubUrl':'acme/existing',"
                + "'projectIds':['" + projectId + "']}")).json().at("/data/id").asString();
        marketplaceId = server.api.post("/api/marketplaces", json("{'name':'Existing marketplace','githubUrl':'acme/existing'}")).json()
                .at("/data/id").asString();
        MarketplaceRepository marketplaces = server.bean(MarketplaceRepository.class);
        Marketplace m = marketplaces.findById(MarketplaceId.of(marketplaceId)).orElseThrow();
        marketplaces.update(Marketplace.withId(m.id(), m.name(), m.githubOwner(), m.githubRepo(), m.branch(), m.pluginsPath(), m.isDefault(),
                m.isEnabled(), m.status(), null, null, null,
                List.of(new CachedPlugin("existing", "Existing plugin", null, null, null, "tools", null, List.of())), m.createdAt(),
                m.updatedAt()));
        registryId = server.api.post("/api/terraform/registries", json("{'name':'Existing registry','orgName':'existing',"
                + "'tokenSettingKey':'terraform.token'}")).json().at("/data/id").asString();
        TerraformModule module = TerraformModule.create(TerraformRegistryId.of(registryId), "vpc", "existing", "aws", "1.0.0",
                "app.terraform.io/existing/vpc/aws", null, null, null, null, null, null, Instant.now());
        server.bean(TerraformModuleRepository.class).insert(module);
        moduleId = module.id().value();
    }

    private static final String EXISTING_SERVICE = "anthropic";

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
                .replace("{sessionId}", sessionId).replace("{templateId}", templateId).replace("{marketplaceId}", marketplaceId)
                .replace("{registryId}", registryId).replace("{moduleId}", moduleId)
                .replace("{service}", EXISTING_SERVICE).replace("{sandboxConfigId}", sandboxConfigId)
                .replace("{workflowId}", workflowId);
    }

    /** Everything the API can show of the database. */
    private String snapshot() {
        return server.api.get("/api/projects?limit=500").body() + server.api.get("/api/settings").body()
                + server.api.get("/api/tasks?projectId=" + projectId).body()
                + server.api.get("/api/agents").body() + sessionSnapshot() + server.api.get("/api/keys/" + EXISTING_SERVICE).body()
                + server.api.get("/api/github/token").body() + server.api.get("/api/sandbox-configs?limit=500").body()
                + server.api.get("/api/workflows?limit=500").body() + templateMarketplaceAndTerraformSnapshot() + cliMonitorSnapshot();
    }

    private String templateMarketplaceAndTerraformSnapshot() {
        return server.api.get("/api/templates?limit=500").body() + server.api.get("/api/marketplaces?includeDisabled=true&limit=500").body()
                + server.api.get("/api/marketplaces/" + marketplaceId).body() + server.api.get("/api/marketplaces/plugins").body()
                + server.api.get("/api/marketplaces/categories").body() + server.api.get("/api/terraform/registries").body()
                + server.api.get("/api/terraform/modules?limit=200").body();
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
