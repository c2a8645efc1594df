package dev.agentpane.web.testing;

import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The session routes (reference §4.4, §4.5, §5.7, §10, §11) and the append route. Run against the fakes by the web
 * adapter and against both databases by bootstrap.
 */
public abstract class SessionApiContract extends ApiContract {
    private static final String UNKNOWN = "abcdefghijklmnopqrstuvwx";
    private static final List<String> FIELDS = List.of("id", "projectId", "taskId", "agentId", "status", "title", "url", "createdAt",
            "updatedAt", "closedAt", "presence");
    private String projectId;

    @BeforeEach
    final void startWithOneProject() {
        resetData();
        projectId = api().post("/api/projects", json("{'name':'Sessions','path':'/repos/sessions'}")).json().at("/data/id").asString();
    }

    private JsonNode create(String body) {
        ApiResponse response = api().post("/api/sessions", json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("data");
    }

    private String session(String title) {
        return create("{'projectId':'" + projectId + "','title':'" + title + "'}").path("id").asString();
    }

    private ApiResponse append(String sessionId, String body) {
        return api().post("/api/sessions/" + sessionId + "/events", json(body));
    }

    private static void assertError(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("ok").asBoolean(true)).isFalse();
        assertThat(response.errorCode()).isEqualTo(code);
    }

    @Test
    void a_created_session_is_active_with_explicit_nulls_and_empty_presence() {
        JsonNode session = create("{'projectId':'" + projectId + "'}");

        assertThat(session.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(session.propertyNames()).containsExactlyInAnyOrderElementsOf(FIELDS);
        assertThat(session.path("projectId").asString()).isEqualTo(projectId);
        assertThat(session.path("status").asString()).isEqualTo("active");
        assertThat(session.path("url").asString()).isEqualTo("http://localhost:3001/sessions/" + session.path("id").asString());
        for (String field : List.of("taskId", "agentId", "title", "closedAt")) {
            assertThat(session.get(field).isNull()).as(field).isTrue();
        }
        assertThat(session.path("presence").isArray()).isTrue();
        assertThat(session.path("presence").size()).isZero();
        assertThat(session.path("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        ApiResponse got = api().get("/api/sessions/" + session.path("id").asString());
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().path("data")).isEqualTo(session);
    }

    @Test
    void creating_refuses_bad_input_unknown_projects_tasks_and_agents() {
        assertError(api().post("/api/sessions", json("{}")), 400, "VALIDATION_ERROR");
        assertThat(api().post("/api/sessions", json("{}")).errorMessage()).isEqualTo("projectId is required");
        assertError(api().post("/api/sessions", json("{'projectId':'a.b'}")), 400, "INVALID_ID");
        assertError(api().post("/api/sessions", json("{'projectId':'" + projectId + "','taskId':'a.b'}")), 400, "INVALID_ID");
        assertError(api().post("/api/sessions", json("{'projectId':'" + projectId + "','title':'" + "t".repeat(501) + "'}")), 400,
                "VALIDATION_ERROR");
        assertError(api().post("/api/sessions", "{\"projectId\": "), 400, "INVALID_JSON");
        ApiResponse unknownProject = api().post("/api/sessions", json("{'projectId':'" + UNKNOWN + "'}"));
        assertError(unknownProject, 404, "PROJECT_NOT_FOUND");
        assertThat(unknownProject.json().at("/error/status").asInt()).isEqualTo(404);
        assertError(api().post("/api/sessions", json("{'projectId':'" + projectId + "','taskId':'" + UNKNOWN + "'}")), 404, "TASK_NOT_FOUND");
        assertError(api().post("/api/sessions", json("{'projectId':'" + projectId + "','agentId':'" + UNKNOWN + "'}")), 404, "AGENT_NOT_FOUND");
        assertThat(api().get("/api/sessions").json().path("data").size()).isZero();
    }

    @Test
    void a_session_can_be_bound_to_a_task_of_its_project() {
        String taskId = api().post("/api/tasks", json("{'projectId':'" + projectId + "','title':'t'}")).json().at("/data/id").asString();

        JsonNode session = create("{'projectId':'" + projectId + "','taskId':'" + taskId + "','title':'Work'}");

        assertThat(session.path("taskId").asString()).isEqualTo(taskId);
        assertThat(session.path("agentId").isNull()).isTrue();
        assertThat(session.path("title").asString()).isEqualTo("Work");
    }

    @Test
    void the_list_is_an_array_with_pagination() {
        ApiResponse empty = api().get("/api/sessions");
        assertThat(empty.body()).isEqualTo("{\"ok\":true,\"data\":[],\"pagination\":{\"limit\":50,\"offset\":0,\"hasMore\":false}}");
        for (int i = 0; i < 3; i++) {
            session("s" + i);
        }

        JsonNode page = api().get("/api/sessions?limit=2").json();
        assertThat(page.path("data").size()).isEqualTo(2);
        assertThat(page.at("/pagination/limit").asInt()).isEqualTo(2);
        assertThat(page.at("/pagination/hasMore").asBoolean()).isTrue();
        JsonNode rest = api().get("/api/sessions?limit=2&offset=2").json();
        assertThat(rest.path("data").size()).isEqualTo(1);
        assertThat(rest.at("/pagination/offset").asInt()).isEqualTo(2);
        assertThat(rest.at("/pagination/hasMore").asBoolean()).isFalse();
        assertThat(api().get("/api/sessions?projectId=" + projectId).json().path("data").size()).isEqualTo(3);
        assertThat(api().get("/api/sessions?projectId=" + UNKNOWN).json().path("data").size()).isZero();
        assertThat(page.path("data").get(0).propertyNames()).containsExactlyInAnyOrderElementsOf(FIELDS);
        assertError(api().get("/api/sessions?limit=0"), 400, "VALIDATION_ERROR");
        assertError(api().get("/api/sessions?offset=x"), 400, "VALIDATION_ERROR");
        assertError(api().get("/api/sessions?projectId=a.b"), 400, "INVALID_ID");
    }

    @Test
    void unknown_and_malformed_session_ids() {
        ApiResponse unknown = api().get("/api/sessions/" + UNKNOWN);
        assertThat(unknown.body()).isEqualTo(
                "{\"ok\":false,\"error\":{\"code\":\"SESSION_NOT_FOUND\",\"message\":\"Session not found\",\"status\":404}}");
        assertError(api().delete("/api/sessions/" + UNKNOWN), 404, "SESSION_NOT_FOUND");
        assertError(api().get("/api/sessions/" + UNKNOWN + "/events"), 404, "SESSION_NOT_FOUND");
        assertError(append(UNKNOWN, "{'type':'chunk','data':'x'}"), 404, "SESSION_NOT_FOUND");
        assertError(api().get("/api/sessions/" + UNKNOWN + "/summary"), 404, "SESSION_NOT_FOUND");
        assertError(api().post("/api/sessions/" + UNKNOWN + "/export", json("{'format':'json'}")), 404, "SESSION_NOT_FOUND");
        ApiResponse malformed = api().get("/api/sessions/a.b");
        assertError(malformed, 400, "INVALID_ID");
        assertThat(malformed.errorMessage()).isEqualTo("Invalid session ID format");
    }

    @Test
    void delete_removes_the_session_with_its_events() {
        String id = session("gone");
        append(id, "{'type':'chunk','data':'x'}");

        ApiResponse deleted = api().delete("/api/sessions/" + id);

        assertThat(deleted.body()).isEqualTo("{\"ok\":true,\"data\":{\"deleted\":true}}");
        assertError(api().get("/api/sessions/" + id), 404, "SESSION_NOT_FOUND");
        assertError(api().get("/api/sessions/" + id + "/events"), 404, "SESSION_NOT_FOUND");
    }

    @Test
    void appended_events_come_back_in_order_with_their_stored_offsets() {
        String id = session("log");
        assertThat(api().get("/api/sessions/" + id + "/events").body())
                .isEqualTo("{\"ok\":true,\"data\":[],\"pagination\":{\"total\":0,\"limit\":100,\"offset\":0}}");

        ApiResponse one = append(id, "{'type':'chunk','data':{'text':'hi'},'timestamp':1700000000000}");
        assertThat(one.status()).as(one.body()).isEqualTo(201);
        assertThat(one.body()).isEqualTo("{\"ok\":true,\"data\":{\"offsets\":[0]}}");
        ApiResponse batch = append(id, "[{'type':'tool:start','data':{'toolName':'Read','input':{'path':'a'}}},"
                + "{'type':'custom','channel':'mine','data':[1,2]},{'type':'container-agent:token','data':'t'},{'type':'n','data':null}]");
        assertThat(batch.status()).as(batch.body()).isEqualTo(400);
        batch = append(id, "[{'type':'tool:start','data':{'toolName':'Read','input':{'path':'a'}}},"
                + "{'type':'custom','channel':'mine','data':[1,2]},{'type':'container-agent:token','data':'t'}]");
        assertThat(batch.json().at("/data/offsets").toString()).isEqualTo("[1,2,3]");

        JsonNode events = api().get("/api/sessions/" + id + "/events").json();
        assertThat(events.at("/pagination/total").asInt()).isEqualTo(4);
        JsonNode first = events.path("data").get(0);
        assertThat(first.path("offset").asInt()).isZero();
        assertThat(first.path("type").asString()).isEqualTo("chunk");
        assertThat(first.path("channel").asString()).isEqualTo("chunks");
        assertThat(first.path("data").path("text").asString()).isEqualTo("hi");
        assertThat(first.path("timestamp").asLong()).isEqualTo(1700000000000L);
        assertThat(first.path("sessionId").asString()).isEqualTo(id);
        assertThat(first.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(first.has("userId") && first.get("userId").isNull()).isTrue();
        JsonNode data = events.path("data");
        assertThat(data.get(1).path("channel").asString()).isEqualTo("toolCalls");
        assertThat(data.get(2).path("channel").asString()).isEqualTo("mine");
        assertThat(data.get(2).path("data").toString()).isEqualTo("[1,2]");
        assertThat(data.get(3).path("channel").asString()).isEqualTo("containerAgent");
        assertThat(data.get(3).path("timestamp").asLong()).isGreaterThan(1700000000000L);

        JsonNode page = api().get("/api/sessions/" + id + "/events?limit=2&offset=1").json();
        assertThat(page.path("data").size()).isEqualTo(2);
        assertThat(page.path("data").get(0).path("offset").asInt()).isEqualTo(1);
        assertThat(page.path("pagination").toString()).isEqualTo("{\"total\":4,\"limit\":2,\"offset\":1}");
    }

    @Test
    void appends_refuse_bad_events_and_store_none_of_a_bad_batch() {
        String id = session("strict");
        for (String bad : List.of("{'data':1}", "{'type':'','data':1}", "{'type':'" + "t".repeat(101) + "','data':1}", "{'type':5,'data':1}",
                "{'type':'x'}", "{'type':'x','data':null}", "{'type':'x','data':1,'timestamp':'now'}", "{'type':'x','data':1,'timestamp':1.5}",
                "{'type':'x','data':1,'timestamp':-1}", "{'type':'x','data':1,'channel':3}", "[]", "[1]", "'text'",
                "[{'type':'ok','data':1},{'type':'','data':1}]")) {
            assertError(append(id, bad), 400, "VALIDATION_ERROR");
        }
        StringBuilder tooMany = new StringBuilder("[");
        for (int i = 0; i < 501; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{'type':'x','data':1}");
        }
        assertError(append(id, tooMany + "]"), 400, "VALIDATION_ERROR");
        assertError(append(id, "{\"type\":"), 400, "INVALID_JSON");
        assertThat(api().get("/api/sessions/" + id + "/events").json().at("/pagination/total").asInt()).isZero();
    }

    @Test
    void the_summary_is_the_default_until_the_first_event_then_stored_and_counted() {
        String id = session("sum");
        JsonNode empty = api().get("/api/sessions/" + id + "/summary").json().path("data");
        assertThat(empty.toString()).isEqualTo("{\"id\":null,\"sessionId\":\"" + id + "\",\"durationMs\":null,\"turnsCount\":0,"
                + "\"tokensUsed\":0,\"filesModified\":0,\"linesAdded\":0,\"linesRemoved\":0,\"finalStatus\":null,\"updatedAt\":null}");

        append(id, "[{'type':'container-agent:turn','data':{'turn':3,'maxTurns':50,'remaining':47}},"
                + "{'type':'container-agent:message','data':{'role':'assistant','content':'x','usage':{'input_tokens':10,'output_tokens':5}}},"
                + "{'type':'container-agent:complete','data':{'status':'completed','turnCount':4}}]");

        JsonNode summary = api().get("/api/sessions/" + id + "/summary").json().path("data");
        assertThat(summary.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(summary.path("sessionId").asString()).isEqualTo(id);
        assertThat(summary.path("turnsCount").asInt()).isEqualTo(4);
        assertThat(summary.path("tokensUsed").asInt()).isEqualTo(15);
        assertThat(summary.path("finalStatus").asString()).isEqualTo("success");
        assertThat(summary.path("durationMs").isNumber()).isTrue();
        assertThat(summary.path("updatedAt").asString()).endsWith("Z");
    }

    @Test
    void exports_in_three_formats_with_the_original_s_names_and_types() {
        String id = session("My session: #1");
        append(id, "[{'type':'container-agent:message','data':{'role':'user','content':'Hello, \\\"world\\\"'}},"
                + "{'type':'container-agent:tool:start','data':{'toolName':'Read','toolId':'t1','input':{'path':'a.txt'}}},"
                + "{'type':'container-agent:tool:result','data':{'toolName':'Read','toolId':'t1','result':'" + "r".repeat(600) + "','isError':false}},"
                + "{'type':'chunk','data':{'text':'plain'}}]");
        String date = LocalDate.now(ZoneOffset.UTC).toString();

        JsonNode asJson = api().post("/api/sessions/" + id + "/export", json("{'format':'json'}")).json().path("data");
        assertThat(asJson.path("contentType").asString()).isEqualTo("application/json");
        assertThat(asJson.path("filename").asString()).isIn("My_session___1_" + date + ".json",
                "My_session___1_" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + ".json");
        JsonNode document = new tools.jackson.databind.ObjectMapper().readTree(asJson.path("content").asString());
        assertThat(document.at("/session/id").asString()).isEqualTo(id);
        assertThat(document.path("events").size()).isEqualTo(4);
        assertThat(asJson.path("content").asString()).contains("\n");

        JsonNode markdown = api().post("/api/sessions/" + id + "/export", json("{'format':'markdown'}")).json().path("data");
        assertThat(markdown.path("contentType").asString()).isEqualTo("text/markdown");
        assertThat(markdown.path("filename").asString()).startsWith("My_session___1_").endsWith(".md");
        String md = markdown.path("content").asString();
        assertThat(md).startsWith("# My session: #1\n").contains("**Status:** active").contains("**user:** Hello, \"world\"")
                .contains("**Tool:** Read").contains("\"path\"").contains("r".repeat(500) + "...").doesNotContain("r".repeat(501));

        JsonNode csv = api().post("/api/sessions/" + id + "/export", json("{'format':'csv'}")).json().path("data");
        assertThat(csv.path("contentType").asString()).isEqualTo("text/csv");
        assertThat(csv.path("filename").asString()).startsWith("My_session___1_events_").endsWith(".csv");
        String[] lines = csv.path("content").asString().split("\n");
        assertThat(lines[0]).isEqualTo("timestamp,type,role,tool,content");
        assertThat(lines).hasSize(5);
        assertThat(lines[1]).endsWith(",container-agent:message,user,,\"Hello, \"\"world\"\"\"");
        assertThat(lines[3]).contains(",container-agent:tool:result,,Read,").endsWith("r".repeat(200) + "...");

        String untitled = create("{'projectId':'" + projectId + "'}").path("id").asString();
        assertThat(api().post("/api/sessions/" + untitled + "/export", json("{'format':'csv'}")).json().at("/data/filename").asString())
                .startsWith("session_events_");
        assertError(api().post("/api/sessions/" + id + "/export", json("{'format':'pdf'}")), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/sessions/" + id + "/export", json("{}")), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/sessions/" + id + "/export", "{\"format\""), 400, "INVALID_JSON");
    }

    @Test
    void concurrent_batches_to_one_session_use_every_offset_exactly_once() throws Exception {
        String id = session("storm");
        int clients = 4;
        int batchesPerClient = 5;
        int eventsPerBatch = 10;
        String batch = "[" + String.join(",", java.util.Collections.nCopies(eventsPerBatch, "{'type':'chunk','data':'x'}")) + "]";
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    List<Long> offsets = new ArrayList<>();
                    for (int b = 0; b < batchesPerClient; b++) {
                        ApiResponse response = append(id, batch);
                        assertThat(response.status()).as(response.body()).isEqualTo(201);
                        List<Long> got = new ArrayList<>();
                        response.json().at("/data/offsets").forEach(node -> got.add(node.asLong()));
                        for (int i = 1; i < got.size(); i++) {
                            assertThat(got.get(i)).as("offsets of one batch are consecutive").isEqualTo(got.get(i - 1) + 1);
                        }
                        offsets.addAll(got);
                    }
                    return offsets;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            int total = clients * batchesPerClient * eventsPerBatch;
            assertThat(all).hasSize(total).doesNotHaveDuplicates().allMatch(offset -> offset >= 0 && offset < total);
            JsonNode events = api().get("/api/sessions/" + id + "/events?limit=1000").json();
            assertThat(events.at("/pagination/total").asInt()).isEqualTo(total);
            for (int i = 0; i < total; i++) {
                assertThat(events.path("data").get(i).path("offset").asInt()).isEqualTo(i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
