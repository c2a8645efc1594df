package dev.agentpane.web.testing;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The agents routes (reference §4.3, §5.6, §11) and the rules that need working agents: a busy agent keeps its tools,
 * a project limits its working agents, a project with working agents is not deleted. Agent execution does not exist
 * yet, so a subclass puts agents into a working status behind the API's back ({@link #setAgentStatus}). Run against
 * the fakes by the web adapter and against both databases by bootstrap.
 */
public abstract class AgentApiContract extends ApiContract {
    private static final String UNKNOWN = "abcdefghijklmnopqrstuvwx";
    private String projectId;

    /** Stores {@code status} and {@code currentTaskId} (may be null) on the agent, as a running agent would. */
    protected abstract void setAgentStatus(String agentId, String status, String currentTaskId);

    @BeforeEach
    final void startWithOneProject() {
        resetData();
        projectId = api().post("/api/projects", json("{'name':'Agents','path':'/repos/agents'}")).json().at("/data/id").asString();
    }

    private JsonNode create(String name) {
        ApiResponse response = api().post("/api/agents", json("{'projectId':'" + projectId + "','name':'" + name + "','type':'task'}"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("data");
    }

    private String createId(String name) {
        return create(name).path("id").asString();
    }

    private static void assertError(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("ok").asBoolean(true)).isFalse();
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(response.errorMessage()).isNotBlank();
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_created_agent_has_the_original_s_shape_and_defaults() {
        ApiResponse response = api().post("/api/agents", json("{'projectId':'" + projectId + "','name':'Coder ✓','type':'background'}"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode agent = response.json().path("data");
        assertThat(agent.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(agent.path("projectId").asString()).isEqualTo(projectId);
        assertThat(agent.path("name").asString()).isEqualTo("Coder ✓");
        assertThat(agent.path("type").asString()).isEqualTo("background");
        assertThat(agent.path("status").asString()).isEqualTo("idle");
        assertThat(agent.path("currentTurn").asInt()).isZero();
        assertThat(agent.path("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(agent.path("updatedAt").asString()).isEqualTo(agent.path("createdAt").asString());
        for (String field : List.of("currentTaskId", "currentSessionId", "config/model", "config/systemPrompt", "config/temperature")) {
            assertThat(agent.at("/" + field).isNull()).as(field).isTrue();
        }
        assertThat(agent.at("/config/allowedTools").isArray()).isTrue();
        assertThat(agent.at("/config/allowedTools").size()).isZero();
        assertThat(agent.at("/config/maxTurns").asInt()).isEqualTo(50);
        assertThat(api().get("/api/agents/" + agent.path("id").asString()).json().path("data")).isEqualTo(agent);
    }

    @Test
    void a_new_agent_s_config_falls_back_field_by_field_to_the_project_s() {
        api().patch("/api/projects/" + projectId, json("{'config':{'allowedTools':['Read','Grep'],'maxTurns':70,'model':'opus',"
                + "'systemPrompt':'Project prompt','temperature':0.3}}"));

        JsonNode agent = api().post("/api/agents", json("{'projectId':'" + projectId + "','name':'A','type':'conversational',"
                + "'config':{'maxTurns':12,'systemPrompt':'Mine'}}")).json().path("data");

        JsonNode config = agent.path("config");
        assertThat(config.path("allowedTools").get(0).asString()).isEqualTo("Read");
        assertThat(config.path("allowedTools").size()).isEqualTo(2);
        assertThat(config.path("maxTurns").asInt()).isEqualTo(12);
        assertThat(config.path("model").asString()).isEqualTo("opus");
        assertThat(config.path("systemPrompt").asString()).isEqualTo("Mine");
        assertThat(config.path("temperature").asDouble()).isEqualTo(0.3);
    }

    @Test
    void creating_refuses_bad_input_and_unknown_projects() {
        ApiResponse missing = api().post("/api/agents", json("{'projectId':'" + projectId + "','name':'A'}"));
        assertError(missing, 400, "MISSING_PARAMS");
        assertThat(missing.errorMessage()).isEqualTo("projectId, name, and type are required");
        assertError(api().post("/api/agents", json("{'name':'A','type':'task'}")), 400, "MISSING_PARAMS");
        assertError(api().post("/api/agents", json("{'projectId':'" + projectId + "','name':'','type':'task'}")), 400, "MISSING_PARAMS");
        ApiResponse badType = api().post("/api/agents", json("{'projectId':'" + projectId + "','name':'A','type':'robot'}"));
        assertError(badType, 400, "INVALID_PARAMS");
        assertThat(badType.errorMessage()).isEqualTo("Invalid agent type");
        assertError(api().post("/api/agents", json("{'projectId':'a.b','name':'A','type':'task'}")), 400, "INVALID_ID");
        assertError(api().post("/api/agents", json("{'projectId':'" + projectId + "','name':5,'type':'task'}")), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/agents", json("{'projectId':'" + projectId + "','name':'A','type':'task','config':{'maxTurns':0}}")),
                400, "VALIDATION_ERROR");
        assertError(api().post("/api/agents", json("{'projectId':'" + projectId + "','name':'A','type':'task','config':'x'}")),
                400, "VALIDATION_ERROR");
        assertError(api().post("/api/agents", "{\"projectId\": "), 400, "INVALID_JSON");
        ApiResponse unknownProject = api().post("/api/agents", json("{'projectId':'" + UNKNOWN + "','name':'A','type':'task'}"));
        assertError(unknownProject, 404, "PROJECT_NOT_FOUND");
        assertThat(unknownProject.json().at("/error/status").asInt()).isEqualTo(404);
        assertThat(api().get("/api/agents?projectId=" + projectId).json().path("data").size()).isZero();
    }

    @Test
    void a_project_s_agents_list_as_an_array_most_recently_updated_first() {
        String first = createId("first");
        pause();
        createId("second");
        pause();
        api().patch("/api/agents/" + first, json("{'config':{'maxTurns':9}}"));

        JsonNode data = api().get("/api/agents?projectId=" + projectId).json().path("data");
        assertThat(data.isArray()).isTrue();
        assertThat(names(data)).containsExactly("first", "second");
        assertThat(api().get("/api/agents?projectId=" + UNKNOWN).json().path("data").size()).isZero();
        assertError(api().get("/api/agents?projectId=a.b"), 400, "INVALID_ID");
        assertError(api().get("/api/agents?projectId="), 400, "MISSING_PARAMS");
    }

    @Test
    void without_a_project_every_agent_lists_as_items_for_the_original_s_agents_page() {
        String otherProject = api().post("/api/projects", json("{'name':'Other','path':'/repos/other'}")).json().at("/data/id").asString();
        createId("mine");
        pause();
        api().post("/api/agents", json("{'projectId':'" + otherProject + "','name':'theirs','type':'task'}"));

        JsonNode data = api().get("/api/agents").json().path("data");
        assertThat(data.isObject()).isTrue();
        assertThat(names(data.path("items"))).containsExactly("theirs", "mine");
    }

    private static List<String> names(JsonNode agents) {
        List<String> names = new ArrayList<>();
        agents.forEach(agent -> names.add(agent.path("name").asString()));
        return names;
    }

    @Test
    void an_unknown_agent_is_agent_not_found_with_its_status_on_every_route() {
        assertThat(api().get("/api/agents/" + UNKNOWN).body())
                .isEqualTo("{\"ok\":false,\"error\":{\"code\":\"AGENT_NOT_FOUND\",\"message\":\"Agent not found\",\"status\":404}}");
        assertError(api().patch("/api/agents/" + UNKNOWN, json("{'config':{'maxTurns':5}}")), 404, "AGENT_NOT_FOUND");
        assertError(api().delete("/api/agents/" + UNKNOWN), 404, "AGENT_NOT_FOUND");
        assertError(api().get("/api/agents/" + UNKNOWN + "/status"), 404, "AGENT_NOT_FOUND");
        for (String action : List.of("start", "stop", "pause", "resume")) {
            assertError(api().post("/api/agents/" + UNKNOWN + "/" + action, null), 404, "AGENT_NOT_FOUND");
        }
        assertError(api().get("/api/agents/a.b"), 400, "INVALID_ID");
    }

    @Test
    void an_update_merges_config_given_nested_or_at_the_top_level() {
        String id = createId("Coder");

        ApiResponse nested = api().patch("/api/agents/" + id, json("{'config':{'maxTurns':100,'allowedTools':['Read']}}"));
        assertThat(nested.status()).as(nested.body()).isEqualTo(200);
        assertThat(nested.json().at("/data/config/maxTurns").asInt()).isEqualTo(100);
        JsonNode topLevel = api().patch("/api/agents/" + id, json("{'model':'sonnet','temperature':0.5}")).json().path("data");
        assertThat(topLevel.at("/config/model").asString()).isEqualTo("sonnet");
        assertThat(topLevel.at("/config/temperature").asDouble()).isEqualTo(0.5);
        assertThat(topLevel.at("/config/maxTurns").asInt()).isEqualTo(100);
        assertThat(topLevel.at("/config/allowedTools/0").asString()).isEqualTo("Read");

        ApiResponse empty = api().patch("/api/agents/" + id, "{}");
        assertError(empty, 400, "MISSING_PARAMS");
        assertThat(empty.errorMessage()).isEqualTo("config is required");
        assertError(api().patch("/api/agents/" + id, json("{'config':{}}")), 400, "MISSING_PARAMS");
        assertError(api().patch("/api/agents/" + id, "null"), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/agents/" + id, json("{'maxTurns':'5'}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/agents/" + id, json("{'temperature':2}")), 400, "VALIDATION_ERROR");
        assertThat(api().get("/api/agents/" + id).json().path("data")).isEqualTo(topLevel);
    }

    @Test
    void a_working_agent_keeps_its_tools_and_model() {
        String id = createId("Busy");
        api().patch("/api/agents/" + id, json("{'allowedTools':['Read'],'model':'opus'}"));

        for (String status : List.of("starting", "planning", "running")) {
            setAgentStatus(id, status, "task-42");
            ApiResponse refused = api().patch("/api/agents/" + id, json("{'config':{'allowedTools':['Bash']}}"));
            assertError(refused, 409, "AGENT_ALREADY_RUNNING");
            assertThat(refused.json().at("/error/status").asInt()).isEqualTo(409);
            assertThat(refused.json().at("/error/details/currentTaskId").asString()).isEqualTo("task-42");
            assertError(api().patch("/api/agents/" + id, json("{'model':'sonnet'}")), 409, "AGENT_ALREADY_RUNNING");
        }
        assertThat(api().patch("/api/agents/" + id, json("{'maxTurns':7,'allowedTools':['Read']}")).json().at("/data/config/maxTurns")
                .asInt()).isEqualTo(7);
        setAgentStatus(id, "paused", null);
        assertThat(api().patch("/api/agents/" + id, json("{'allowedTools':['Bash']}")).status()).isEqualTo(200);
    }

    @Test
    void the_status_route_answers_the_agent_s_status() {
        String id = createId("Watched");

        assertThat(api().get("/api/agents/" + id + "/status").body()).isEqualTo("{\"ok\":true,\"data\":{\"status\":\"idle\"}}");
        setAgentStatus(id, "planning", null);
        assertThat(api().get("/api/agents/" + id + "/status").json().at("/data/status").asString()).isEqualTo("planning");
    }

    @Test
    void delete_answers_deleted_and_the_agent_is_gone() {
        String id = createId("Doomed");

        assertThat(api().delete("/api/agents/" + id).body()).isEqualTo("{\"ok\":true,\"data\":{\"deleted\":true}}");
        assertError(api().get("/api/agents/" + id), 404, "AGENT_NOT_FOUND");
        assertError(api().delete("/api/agents/" + id), 404, "AGENT_NOT_FOUND");
    }

    @Test
    void execution_routes_answer_runner_unavailable_after_their_checks() {
        String id = createId("Runner");

        for (String action : List.of("start", "stop", "pause", "resume")) {
            assertError(api().post("/api/agents/" + id + "/" + action, null), 503, "AGENT_RUNNER_UNAVAILABLE");
        }
        assertError(api().post("/api/agents/" + id + "/start", json("{'taskId':'" + UNKNOWN + "'}")), 503, "AGENT_RUNNER_UNAVAILABLE");
        assertError(api().post("/api/agents/" + id + "/start", json("{'taskId':'a.b'}")), 400, "INVALID_ID");
        assertError(api().post("/api/agents/" + id + "/start", json("{'taskId':5}")), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/agents/" + id + "/start", "{\"taskId\": "), 400, "INVALID_JSON");
        assertError(api().post("/api/agents/" + id + "/resume", json("{'feedback':'Try again'}")), 503, "AGENT_RUNNER_UNAVAILABLE");
        assertError(api().post("/api/agents/" + id + "/resume", json("{'feedback':[]}")), 400, "VALIDATION_ERROR");
        assertThat(api().get("/api/agents/" + id + "/status").json().at("/data/status").asString()).isEqualTo("idle");
        setAgentStatus(id, "running", "task-1");
        ApiResponse busy = api().post("/api/agents/" + id + "/start", null);
        assertError(busy, 409, "AGENT_ALREADY_RUNNING");
        assertThat(busy.json().at("/error/details/currentTaskId").asString()).isEqualTo("task-1");
    }

    @Test
    void start_refuses_an_agent_beyond_the_project_s_concurrency_limit() {
        api().patch("/api/projects/" + projectId, json("{'maxConcurrentAgents':2}"));
        String first = createId("first");
        String second = createId("second");
        String third = createId("third");
        setAgentStatus(first, "running", null);
        assertError(api().post("/api/agents/" + third + "/start", null), 503, "AGENT_RUNNER_UNAVAILABLE");

        setAgentStatus(second, "starting", null);
        ApiResponse refused = api().post("/api/agents/" + third + "/start", null);

        assertError(refused, 429, "CONCURRENCY_LIMIT_EXCEEDED");
        assertThat(refused.json().at("/error/status").asInt()).isEqualTo(429);
        assertThat(refused.json().at("/error/details/currentAgents").asInt()).isEqualTo(2);
        assertThat(refused.json().at("/error/details/maxAgents").asInt()).isEqualTo(2);
        setAgentStatus(second, "error", null);
        assertError(api().post("/api/agents/" + third + "/start", null), 503, "AGENT_RUNNER_UNAVAILABLE");
    }

    @Test
    void a_project_with_a_working_agent_is_not_deleted() {
        String id = createId("Worker");

        for (String status : List.of("starting", "planning", "running")) {
            setAgentStatus(id, status, null);
            assertError(api().delete("/api/projects/" + projectId), 409, "PROJECT_HAS_RUNNING_AGENTS");
            assertThat(api().get("/api/projects/" + projectId).status()).isEqualTo(200);
            assertThat(api().get("/api/agents/" + id).status()).isEqualTo(200);
        }
        setAgentStatus(id, "paused", null);
        assertThat(api().delete("/api/projects/" + projectId).status()).isEqualTo(200);
        assertError(api().get("/api/projects/" + projectId), 404, "NOT_FOUND");
    }
}
