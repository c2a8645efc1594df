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
 * The projects and settings routes as a client sees them (reference §5.2, §5.3, §10, §11). Run against the fakes by
 * the web adapter and against the real application on SQLite and on PostgreSQL 18 by bootstrap.
 */
public abstract class ProjectAndSettingsApiContract extends ApiContract {
    private static final String ISO_MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    @BeforeEach
    final void startEmpty() {
        resetData();
    }

    private JsonNode createProject(String name, String path) {
        ApiResponse response = api().post("/api/projects", json("{'name':'" + name + "','path':'" + path + "'}"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("data");
    }

    private static void assertError(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("ok").asBoolean(true)).isFalse();
        assertThat(response.errorCode()).isEqualTo(code);
    }

    @Test
    void creating_a_project_answers_200_with_every_field_and_explicit_nulls() {
        ApiResponse response = api().post("/api/projects", json("{'name':'Board','path':'/repos/board','description':'Ünïcødé 🚀'}"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode project = response.json().path("data");
        assertThat(response.json().path("ok").asBoolean()).isTrue();
        assertThat(project.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(project.path("name").asString()).isEqualTo("Board");
        assertThat(project.path("path").asString()).isEqualTo("/repos/board");
        assertThat(project.path("description").asString()).isEqualTo("Ünïcødé 🚀");
        assertThat(project.path("createdAt").asString()).matches(ISO_MILLIS).isEqualTo(project.path("updatedAt").asString());
        assertThat(project.path("maxConcurrentAgents").asInt()).isEqualTo(3);
        assertThat(project.path("configPath").asString()).isEqualTo(".claude");
        for (String nullField : List.of("config", "githubOwner", "githubRepo")) {
            assertThat(project.has(nullField)).as(nullField).isTrue();
            assertThat(project.get(nullField).isNull()).as(nullField).isTrue();
        }
        JsonNode minimal = createProject("Minimal", "/repos/minimal");
        assertThat(minimal.has("description") && minimal.get("description").isNull()).isTrue();
    }

    @Test
    void a_second_project_with_the_same_path_is_a_duplicate() {
        createProject("One", "/repos/same");

        ApiResponse response = api().post("/api/projects", json("{'name':'Two','path':'/repos/same'}"));

        assertError(response, 400, "DUPLICATE");
        assertThat(response.errorMessage()).isEqualTo("A project with this path already exists");
        assertThat(api().get("/api/projects").json().at("/data/totalCount").asLong()).isEqualTo(1);
    }

    @Test
    void a_project_reads_back_by_id_and_unknown_or_malformed_ids_are_refused() {
        JsonNode created = createProject("Read me", "/repos/read");

        ApiResponse read = api().get("/api/projects/" + created.path("id").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("data")).isEqualTo(created);

        ApiResponse unknown = api().get("/api/projects/abcdefghijklmnopqrstuvwx");
        assertError(unknown, 404, "NOT_FOUND");
        assertThat(unknown.errorMessage()).isEqualTo("Project not found");
        assertError(api().get("/api/projects/a.b"), 400, "INVALID_ID");
        assertError(api().get("/api/projects/" + "x".repeat(101)), 400, "INVALID_ID");
        assertThat(api().get("/api/projects/" + "Legacy_ID-" + "x".repeat(90)).status()).isEqualTo(404);
    }

    @Test
    void the_list_is_newest_first_in_pages_with_the_real_total() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(createProject("P" + i, "/repos/p" + i).path("id").asString());
        }

        JsonNode firstPage = api().get("/api/projects?limit=2").json().path("data");
        assertThat(ids(firstPage)).containsExactly(ids.get(4), ids.get(3));
        assertThat(firstPage.path("totalCount").asLong()).isEqualTo(5);
        assertThat(firstPage.path("hasMore").asBoolean()).isTrue();
        assertThat(firstPage.has("nextCursor") && firstPage.get("nextCursor").isNull()).isTrue();
        JsonNode lastPage = api().get("/api/projects?limit=2&offset=4").json().path("data");
        assertThat(ids(lastPage)).containsExactly(ids.get(0));
        assertThat(lastPage.path("hasMore").asBoolean()).isFalse();
        assertThat(ids(api().get("/api/projects").json().path("data"))).hasSize(5);

        assertError(api().get("/api/projects?limit=abc"), 400, "VALIDATION_ERROR");
        assertError(api().get("/api/projects?limit=0"), 400, "VALIDATION_ERROR");
        assertError(api().get("/api/projects?offset=-1"), 400, "VALIDATION_ERROR");
    }

    @Test
    void an_empty_list_has_the_original_shape() {
        assertThat(api().get("/api/projects").body())
                .isEqualTo("{\"ok\":true,\"data\":{\"items\":[],\"nextCursor\":null,\"hasMore\":false,\"totalCount\":0}}");
    }

    @Test
    void summaries_list_every_project_with_counts_and_a_status() {
        JsonNode created = createProject("Summarised", "/repos/summary");

        JsonNode summary = api().get("/api/projects/summaries?limit=24").json().at("/data/items/0");

        assertThat(summary.path("project").path("id").asString()).isEqualTo(created.path("id").asString());
        assertThat(summary.path("taskCounts").path("total").asLong()).isZero();
        assertThat(summary.path("taskCounts").has("inProgress")).isTrue();
        assertThat(summary.path("runningAgents").isArray()).isTrue();
        assertThat(summary.path("status").asString()).isEqualTo("idle");
        assertThat(summary.path("lastActivityAt").asString()).isEqualTo(created.path("updatedAt").asString());
    }

    @Test
    void an_update_changes_the_given_fields_and_merges_the_config_shallowly() {
        String id = createProject("Before", "/repos/update").path("id").asString();
        api().patch("/api/projects/" + id, json("{'config':{'maxTurns':50,'allowedTools':['Read'],'sandbox':{'enabled':true}}}"));

        ApiResponse response = api().patch("/api/projects/" + id,
                json("{'name':'After','maxConcurrentAgents':7,'config':{'maxTurns':9,'sandbox':{'provider':'docker'},'model':null}}"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode project = response.json().path("data");
        assertThat(project.path("name").asString()).isEqualTo("After");
        assertThat(project.path("path").asString()).isEqualTo("/repos/update");
        assertThat(project.path("maxConcurrentAgents").asInt()).isEqualTo(7);
        assertThat(project.path("config").path("maxTurns").asInt()).isEqualTo(9);
        assertThat(project.path("config").path("allowedTools").get(0).asString()).isEqualTo("Read");
        assertThat(project.path("config").path("sandbox").has("enabled")).isFalse();
        assertThat(project.path("config").path("sandbox").path("provider").asString()).isEqualTo("docker");
        assertThat(project.path("config").has("model") && project.path("config").get("model").isNull()).isTrue();
        assertThat(project.path("updatedAt").asString().compareTo(project.path("createdAt").asString())).isGreaterThanOrEqualTo(0);
        assertThat(api().get("/api/projects/" + id).json().path("data")).isEqualTo(project);
    }

    @Test
    void an_update_with_a_bad_value_changes_nothing() {
        JsonNode created = createProject("Stable", "/repos/stable");
        String id = created.path("id").asString();

        assertError(api().patch("/api/projects/" + id, json("{'maxConcurrentAgents':11}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/projects/" + id, json("{'maxConcurrentAgents':0}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/projects/" + id, json("{'maxConcurrentAgents':2.5}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/projects/" + id, json("{'name':''}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/projects/" + id, json("{'config':[1]}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/projects/abcdefghijklmnopqrstuvwx", json("{'name':'x'}")), 404, "NOT_FOUND");
        assertThat(api().get("/api/projects/" + id).json().path("data")).isEqualTo(created);
    }

    @Test
    void a_deleted_project_is_gone() {
        String id = createProject("Doomed", "/repos/doomed").path("id").asString();

        ApiResponse response = api().delete("/api/projects/" + id);

        assertThat(response.body()).isEqualTo(
                "{\"ok\":true,\"data\":{\"deleted\":true,\"filesDeleted\":false,\"fileDeletionError\":null,\"reason\":null}}");
        assertError(api().get("/api/projects/" + id), 404, "NOT_FOUND");
        assertError(api().delete("/api/projects/" + id), 404, "NOT_FOUND");
        String other = createProject("Keep files", "/repos/files").path("id").asString();
        assertThat(api().delete("/api/projects/" + other + "?deleteFiles=true").json().at("/data/reason").asString()).isNotBlank();
    }

    @Test
    void settings_keep_every_json_type() {
        String values = json("{'default_max_turns':'50','sound_enabled':true,'cliMonitor.retentionDays':7,"
                + "'agent_tools':['Read','Edit'],'sandbox.defaults':{'enabled':false,'memoryMb':2048},'prompt.task-creation':'',"
                + "'nothing':null}");

        ApiResponse put = api().put("/api/settings", "{\"settings\":" + values + "}");

        assertThat(put.body()).isEqualTo("{\"ok\":true}");
        JsonNode settings = api().get("/api/settings").json().at("/data/settings");
        assertThat(settings).isEqualTo(api().get("/api/settings?keys=").json().at("/data/settings"));
        assertThat(settings.path("default_max_turns").isString()).isTrue();
        assertThat(settings.path("default_max_turns").asString()).isEqualTo("50");
        assertThat(settings.path("sound_enabled").isBoolean()).isTrue();
        assertThat(settings.path("cliMonitor.retentionDays").asInt()).isEqualTo(7);
        assertThat(settings.path("agent_tools").size()).isEqualTo(2);
        assertThat(settings.path("sandbox.defaults").path("memoryMb").asInt()).isEqualTo(2048);
        assertThat(settings.path("prompt.task-creation").asString()).isEmpty();
        assertThat(settings.has("nothing") && settings.get("nothing").isNull()).isTrue();
    }

    @Test
    void settings_read_by_keys_and_overwrite() {
        api().put("/api/settings", json("{'settings':{'a':1,'b':2,'c':3}}"));
        api().put("/api/settings", json("{'settings':{'b':'two'}}"));

        JsonNode picked = api().get("/api/settings?keys=b,%20c,,missing").json().at("/data/settings");
        assertThat(picked.size()).isEqualTo(2);
        assertThat(picked.path("b").asString()).isEqualTo("two");
        assertThat(picked.path("c").asInt()).isEqualTo(3);
        assertThat(api().get("/api/settings?keys=,").body()).isEqualTo("{\"ok\":true,\"data\":{\"settings\":{}}}");
    }

    @Test
    void a_settings_update_with_one_bad_key_stores_none() {
        assertError(api().put("/api/settings", json("{'settings':{'good':1,'':2}}")), 400, "VALIDATION_ERROR");
        assertError(api().put("/api/settings", json("{'settings':[1]}")), 400, "VALIDATION_ERROR");
        assertError(api().put("/api/settings", json("{'other':{}}")), 400, "VALIDATION_ERROR");

        assertThat(api().get("/api/settings").json().at("/data/settings").size()).isZero();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
