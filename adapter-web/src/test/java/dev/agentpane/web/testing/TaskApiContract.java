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
 * The board routes as the original's client uses them (reference §4.1, §5.4, §10, §11), with dense positions and
 * optimistic concurrency. Run against the fakes by the web adapter and against both databases by bootstrap.
 */
public abstract class TaskApiContract extends ApiContract {
    private static final List<String> NULL_FIELDS = List.of("agentId", "sessionId", "worktreeId", "branch", "diffSummary",
            "approvedAt", "approvedBy", "rejectionReason", "modelOverride", "planOptions", "plan", "startedAt", "completedAt",
            "lastAgentStatus");
    private String projectId;

    @BeforeEach
    final void startWithOneProject() {
        resetData();
        projectId = api().post("/api/projects", json("{'name':'Board','path':'/repos/board'}")).json().at("/data/id").asString();
    }

    private JsonNode create(String title) {
        ApiResponse response = api().post("/api/tasks", json("{'projectId':'" + projectId + "','title':'" + title + "'}"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("data");
    }

    private ApiResponse move(String id, String body, String... headers) {
        return api().patch("/api/tasks/" + id + "/move", json(body), headers);
    }

    /** Titles of a column, in board order, checking that positions are exactly 0..n-1. */
    private List<String> column(String column) {
        JsonNode items = api().get("/api/tasks?projectId=" + projectId + "&column=" + column).json().at("/data/items");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).path("position").asInt()).as("position of %s", items.get(i).path("title").asString()).isEqualTo(i);
            titles.add(items.get(i).path("title").asString());
        }
        return titles;
    }

    private static void assertError(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("ok").asBoolean(true)).isFalse();
        assertThat(response.errorCode()).isEqualTo(code);
    }

    @Test
    void a_created_task_has_the_original_s_shape_with_explicit_nulls() {
        ApiResponse response = api().post("/api/tasks",
                json("{'projectId':'" + projectId + "','title':'Fix ✓','description':'d','labels':['bug'],'priority':'high'}"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        JsonNode task = response.json().path("data");
        assertThat(task.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(task.path("projectId").asString()).isEqualTo(projectId);
        assertThat(task.path("title").asString()).isEqualTo("Fix ✓");
        assertThat(task.path("column").asString()).isEqualTo("backlog");
        assertThat(task.path("position").asInt()).isZero();
        assertThat(task.path("labels").get(0).asString()).isEqualTo("bug");
        assertThat(task.path("priority").asString()).isEqualTo("high");
        assertThat(task.path("rejectionCount").asInt()).isZero();
        for (String field : NULL_FIELDS) {
            assertThat(task.has(field) && task.get(field).isNull()).as(field).isTrue();
        }
        JsonNode minimal = create("Minimal");
        assertThat(minimal.path("description").isNull()).isTrue();
        assertThat(minimal.path("labels").size()).isZero();
        assertThat(minimal.path("priority").asString()).isEqualTo("medium");
        assertThat(minimal.path("position").asInt()).isEqualTo(1);
    }

    @Test
    void creating_refuses_bad_input_and_unknown_projects() {
        assertError(api().post("/api/tasks", json("{'projectId':'" + projectId + "','title':''}")), 400, "VALIDATION_ERROR");
        assertThat(api().post("/api/tasks", json("{'projectId':'" + projectId + "'}")).errorMessage()).isEqualTo("Title is required");
        assertError(api().post("/api/tasks", json("{'projectId':'" + projectId + "','title':'t','priority':'urgent'}")), 400,
                "VALIDATION_ERROR");
        assertError(api().post("/api/tasks", json("{'projectId':'" + projectId + "','title':'t','labels':['" + "x".repeat(51) + "']}")),
                400, "VALIDATION_ERROR");
        assertError(api().post("/api/tasks", json("{'projectId':'a.b','title':'t'}")), 400, "INVALID_ID");
        ApiResponse unknownProject = api().post("/api/tasks", json("{'projectId':'abcdefghijklmnopqrstuvwx','title':'t'}"));
        assertError(unknownProject, 404, "PROJECT_NOT_FOUND");
        assertThat(unknownProject.json().at("/error/status").asInt()).isEqualTo(404);
    }

    @Test
    void the_list_needs_a_project_and_reads_the_board_column_by_column() {
        create("one");
        String two = create("two").path("id").asString();
        move(two, "{'column':'queued'}");

        JsonNode page = api().get("/api/tasks?projectId=" + projectId).json().path("data");
        assertThat(page.path("totalCount").asInt()).isEqualTo(2);
        assertThat(page.path("hasMore").asBoolean()).isFalse();
        assertThat(page.path("items").get(0).path("column").asString()).isEqualTo("backlog");
        assertThat(page.path("items").get(1).path("column").asString()).isEqualTo("queued");
        assertError(api().get("/api/tasks"), 400, "MISSING_PARAMS");
        assertThat(api().get("/api/tasks").errorMessage()).isEqualTo("projectId is required");
        assertError(api().get("/api/tasks?projectId=a.b"), 400, "INVALID_ID");
        assertError(api().get("/api/tasks?projectId=" + projectId + "&column=done"), 400, "VALIDATION_ERROR");
        assertThat(api().get("/api/tasks?projectId=abcdefghijklmnopqrstuvwx").json().at("/data/totalCount").asInt()).isZero();
    }

    /** Board pages are kept between reads (BoardPageCache): a read after any write must still show that write. */
    @Test
    void a_board_read_again_and_again_shows_each_change_at_once() {
        String id = create("first").path("id").asString();
        String board = "/api/tasks?projectId=" + projectId;
        String firstRead = api().get(board).body();
        assertThat(api().get(board).body()).isEqualTo(firstRead);

        api().put("/api/tasks/" + id, json("{'title':'renamed'}"));
        assertThat(api().get(board).json().at("/data/items/0/title").asString()).isEqualTo("renamed");
        create("second");
        assertThat(api().get(board).json().at("/data/totalCount").asInt()).isEqualTo(2);
        assertThat(api().get(board + "&limit=1").json().at("/data/hasMore").asBoolean()).isTrue();
        assertThat(api().get(board + "&limit=1").json().at("/data/items/0/title").asString()).isEqualTo("renamed");
        move(id, "{'column':'verified'}");
        assertThat(api().get(board + "&column=backlog").json().at("/data/items/0/title").asString()).isEqualTo("second");
        assertThat(api().get(board).json().at("/data/items/1/column").asString()).isEqualTo("verified");
        api().delete("/api/tasks/" + id);
        assertThat(api().get(board).json().at("/data/totalCount").asInt()).isEqualTo(1);
        assertThat(api().get(board + "&limit=1").json().at("/data/hasMore").asBoolean()).isFalse();
    }

    @Test
    void an_unknown_task_is_task_not_found_with_its_status() {
        ApiResponse response = api().get("/api/tasks/abcdefghijklmnopqrstuvwx");

        assertThat(response.body()).isEqualTo(
                "{\"ok\":false,\"error\":{\"code\":\"TASK_NOT_FOUND\",\"message\":\"Task not found\",\"status\":404}}");
        assertError(api().put("/api/tasks/abcdefghijklmnopqrstuvwx", json("{'title':'x'}")), 404, "TASK_NOT_FOUND");
        assertError(move("abcdefghijklmnopqrstuvwx", "{'column':'queued'}"), 404, "TASK_NOT_FOUND");
        assertError(api().delete("/api/tasks/abcdefghijklmnopqrstuvwx"), 404, "TASK_NOT_FOUND");
        assertError(api().get("/api/tasks/a.b"), 400, "INVALID_ID");
    }

    @Test
    void moves_keep_every_column_a_gapless_sequence() {
        List<String> ids = new ArrayList<>();
        for (String title : List.of("a", "b", "c", "d")) {
            ids.add(create(title).path("id").asString());
        }

        JsonNode moved = move(ids.get(1), "{'column':'queued'}").json().at("/data/task");
        assertThat(moved.path("column").asString()).isEqualTo("queued");
        assertThat(moved.path("position").asInt()).isZero();
        assertThat(column("backlog")).containsExactly("a", "c", "d");

        assertThat(move(ids.get(3), "{'column':'queued','position':0}").json().at("/data/task/position").asInt()).isZero();
        assertThat(column("queued")).containsExactly("d", "b");
        move(ids.get(0), "{'column':'queued','position':1}");
        assertThat(column("queued")).containsExactly("d", "a", "b");
        move(ids.get(2), "{'column':'queued','position':99}");
        assertThat(column("queued")).containsExactly("d", "a", "b", "c");
        assertThat(column("backlog")).isEmpty();

        assertThat(move(ids.get(2), "{'column':'queued','position':0}").json().at("/data/task/position").asInt()).isZero();
        assertThat(column("queued")).containsExactly("c", "d", "a", "b");
        move(ids.get(2), "{'column':'queued','position':3}");
        assertThat(column("queued")).containsExactly("d", "a", "b", "c");

        assertThat(api().delete("/api/tasks/" + ids.get(0)).body()).isEqualTo("{\"ok\":true,\"data\":null}");
        assertThat(column("queued")).containsExactly("d", "b", "c");
    }

    /** Enough placements into one gap that the column's keys are spread out again several times on the way. */
    @Test
    void cards_placed_into_the_same_gap_hundreds_of_times_keep_the_order_they_were_given() {
        List<String> titles = List.of("a", "b", "c", "d", "e", "f");
        List<String> ids = new ArrayList<>();
        for (String title : titles) {
            ids.add(create(title).path("id").asString());
        }
        List<String> expected = new ArrayList<>(titles);
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 300; i++) {
            int card = random.nextInt(ids.size());
            int position = 1 + random.nextInt(2); // always just after the first cards: the gap there halves each time
            ApiResponse response = move(ids.get(card), "{'column':'backlog','position':" + position + "}");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            expected.remove(titles.get(card));
            expected.add(position, titles.get(card));
            assertThat(response.json().at("/data/task/position").asInt()).isEqualTo(position);
        }
        assertThat(column("backlog")).containsExactlyElementsOf(expected);
        move(ids.get(0), "{'column':'queued'}");
        expected.remove("a");
        assertThat(column("backlog")).containsExactlyElementsOf(expected);
        assertThat(column("queued")).containsExactly("a");
    }

    @Test
    void entering_in_progress_starts_a_task_and_entering_verified_completes_it() {
        String id = create("lifecycle").path("id").asString();

        JsonNode started = move(id, "{'column':'in_progress','position':0,'startAgent':true}").json().at("/data/task");
        assertThat(started.path("startedAt").asString()).isNotEmpty();
        assertThat(started.path("completedAt").isNull()).isTrue();
        JsonNode verified = move(id, "{'column':'verified'}").json().at("/data/task");
        assertThat(verified.path("completedAt").asString()).isNotEmpty();
        assertThat(verified.path("startedAt").asString()).isEqualTo(started.path("startedAt").asString());
        assertError(move(id, "{'column':'done'}"), 400, "VALIDATION_ERROR");
        assertError(move(id, "{'column':'queued','position':-1}"), 400, "VALIDATION_ERROR");
        assertError(move(id, "{}"), 400, "VALIDATION_ERROR");
    }

    @Test
    void an_update_changes_details_and_needs_at_least_one_field() {
        String id = create("before").path("id").asString();

        ApiResponse updated = api().put("/api/tasks/" + id, json("{'title':'after','labels':['x','y'],'priority':'low'}"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().at("/data/title").asString()).isEqualTo("after");
        assertThat(updated.json().at("/data/labels").size()).isEqualTo(2);
        assertThat(updated.json().at("/data/priority").asString()).isEqualTo("low");
        assertThat(updated.json().at("/data/column").asString()).isEqualTo("backlog");
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        ApiResponse empty = api().put("/api/tasks/" + id, "{}");
        assertError(empty, 400, "VALIDATION_ERROR");
        assertThat(empty.errorMessage()).isEqualTo("At least one field must be provided");
        assertThat(api().get("/api/tasks/" + id).json().at("/data/title").asString()).isEqualTo("after");
    }

    @Test
    void a_stale_if_match_is_refused_with_412_and_changes_nothing() {
        String id = create("versioned").path("id").asString();
        assertThat(api().put("/api/tasks/" + id, json("{'title':'v1'}"), "If-Match", "\"0\"").status()).isEqualTo(200);

        ApiResponse stale = api().put("/api/tasks/" + id, json("{'title':'lost update'}"), "If-Match", "\"0\"");
        assertError(stale, 412, "PRECONDITION_FAILED");
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        assertError(move(id, "{'column':'queued'}", "If-Match", "\"0\""), 412, "PRECONDITION_FAILED");
        assertError(api().put("/api/tasks/" + id, json("{'title':'x'}"), "If-Match", "not-a-tag"), 400, "VALIDATION_ERROR");

        ApiResponse current = api().get("/api/tasks/" + id);
        assertThat(current.json().at("/data/title").asString()).isEqualTo("v1");
        assertThat(current.json().at("/data/column").asString()).isEqualTo("backlog");
        assertThat(current.header("ETag")).isEqualTo("\"1\"");
        assertThat(move(id, "{'column':'queued'}", "If-Match", current.header("ETag")).status()).isEqualTo(200);
        assertThat(api().put("/api/tasks/" + id, json("{'title':'any version'}"), "If-Match", "*").status()).isEqualTo(200);
    }

    @Test
    void stopping_the_agent_clears_the_references_and_records_a_cancelled_run() {
        String id = create("stoppable").path("id").asString();

        assertThat(api().post("/api/tasks/" + id + "/stop-agent", null).body()).isEqualTo("{\"ok\":true,\"data\":{\"stopped\":true}}");

        JsonNode task = api().get("/api/tasks/" + id).json().path("data");
        assertThat(task.path("lastAgentStatus").asString()).isEqualTo("cancelled");
        assertThat(task.path("agentId").isNull()).isTrue();
        assertThat(task.path("sessionId").isNull()).isTrue();
        assertError(api().post("/api/tasks/abcdefghijklmnopqrstuvwx/stop-agent", null), 404, "TASK_NOT_FOUND");
    }
}
