package dev.agentpane.web.testing;

import static dev.agentpane.web.testing.ApiAssertions.ISO_MILLIS;
import static dev.agentpane.web.testing.ApiAssertions.assertError;
import static dev.agentpane.web.testing.ApiAssertions.assertExplicitNull;
import static dev.agentpane.web.testing.ApiAssertions.names;
import static dev.agentpane.web.testing.ApiAssertions.awaitNextMillisecond;
import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/sandbox-configs} (reference §4.11, §5.10, §11) and a project's sandbox config: the bounds with their
 * codes, unique names, one default also under concurrent writers, delete refused while projects use a config. Run
 * against the fakes by the web adapter and against both databases by bootstrap.
 */
public abstract class SandboxConfigApiContract extends ApiContract {
    private static final String UNKNOWN = "abcdefghijklmnopqrstuvwx";

    @BeforeEach
    final void startEmpty() {
        resetData();
    }

    private JsonNode create(String body) {
        ApiResponse response = api().post("/api/sandbox-configs", json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("data");
    }

    private String createId(String name) {
        return create("{'name':'" + name + "'}").path("id").asString();
    }

    private JsonNode list(String query) {
        ApiResponse response = api().get("/api/sandbox-configs" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("data");
    }

    private List<String> defaultNames() {
        List<String> names = new ArrayList<>();
        list("?limit=500").path("items").forEach(item -> {
            if (item.path("isDefault").asBoolean()) {
                names.add(item.path("name").asString());
            }
        });
        return names;
    }

    @Test
    void a_config_created_with_a_name_only_has_every_field_with_the_original_s_defaults() {
        ApiResponse response = api().post("/api/sandbox-configs", json("{'name':'Standard ✓'}"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode config = response.json().path("data");
        assertThat(config.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(config.path("name").asString()).isEqualTo("Standard ✓");
        assertThat(config.path("type").asString()).isEqualTo("docker");
        assertThat(config.path("isDefault").asBoolean()).isFalse();
        assertThat(config.path("baseImage").asString()).isEqualTo("node:22-slim");
        assertThat(config.path("memoryMb").asInt()).isEqualTo(4096);
        assertThat(config.path("cpuCores").asDouble()).isEqualTo(2.0);
        assertThat(config.path("maxProcesses").asInt()).isEqualTo(256);
        assertThat(config.path("timeoutMinutes").asInt()).isEqualTo(60);
        assertThat(config.path("kubeNamespace").asString()).isEqualTo("agentpane-sandboxes");
        assertThat(config.path("networkPolicyEnabled").asBoolean()).isTrue();
        for (String nullField : List.of("description", "volumeMountPath", "kubeConfigPath", "kubeContext", "allowedEgressHosts")) {
            assertExplicitNull(config, nullField);
        }
        assertThat(config.path("createdAt").asString()).matches(ISO_MILLIS).isEqualTo(config.path("updatedAt").asString());
        assertThat(api().get("/api/sandbox-configs/" + config.path("id").asString()).json().path("data")).isEqualTo(config);
    }

    @Test
    void the_web_client_s_create_stores_the_type_and_finds_it_in_the_list() {
        JsonNode created = create("{'name':'Kubernetes','type':'kubernetes','isDefault':true}");

        JsonNode item = list("").path("items").get(0);
        assertThat(item.path("id").asString()).isEqualTo(created.path("id").asString());
        assertThat(item.path("type").asString()).isEqualTo("kubernetes");
        assertThat(item.path("isDefault").asBoolean()).isTrue();
    }

    @Test
    void every_field_of_the_row_can_be_given_and_reads_back() {
        JsonNode config = create("{'name':'Full','description':'Beschreibung 描述','type':'devcontainer','isDefault':false,"
                + "'baseImage':'python:3.13','memoryMb':512,'cpuCores':0.5,'maxProcesses':4096,'timeoutMinutes':1440,"
                + "'volumeMountPath':'/work','kubeConfigPath':'/home/me/.kube/config','kubeContext':'kind','kubeNamespace':'ns',"
                + "'networkPolicyEnabled':false,'allowedEgressHosts':['api.anthropic.com','*.github.com']}");

        assertThat(config.path("description").asString()).isEqualTo("Beschreibung 描述");
        assertThat(config.path("type").asString()).isEqualTo("devcontainer");
        assertThat(config.path("memoryMb").asInt()).isEqualTo(512);
        assertThat(config.path("cpuCores").asDouble()).isEqualTo(0.5);
        assertThat(config.path("maxProcesses").asInt()).isEqualTo(4096);
        assertThat(config.path("timeoutMinutes").asInt()).isEqualTo(1440);
        assertThat(config.path("kubeContext").asString()).isEqualTo("kind");
        assertThat(config.path("networkPolicyEnabled").asBoolean()).isFalse();
        assertThat(config.path("allowedEgressHosts").get(1).asString()).isEqualTo("*.github.com");
        assertThat(api().get("/api/sandbox-configs/" + config.path("id").asString()).json().path("data")).isEqualTo(config);
        assertThat(create("{'name':'Integral cpu','cpuCores':3}").path("cpuCores").asDouble()).isEqualTo(3.0);
    }

    @Test
    void a_name_is_required() {
        for (String body : List.of("{}", "{'name':''}", "{'name':null,'type':'docker'}")) {
            ApiResponse response = api().post("/api/sandbox-configs", json(body));
            assertError(response, 400, "MISSING_PARAMS");
            assertThat(response.errorMessage()).isEqualTo("Name is required");
        }
        assertThat(list("").path("totalCount").asLong()).isZero();
    }

    @Test
    void each_resource_outside_its_bound_is_refused_with_its_code_and_the_bound() {
        record Case(String field, String value, String code, double min, double max) {
        }
        List<Case> cases = List.of(
                new Case("memoryMb", "511", "SANDBOX_CONFIG_INVALID_MEMORY", 512, 32768),
                new Case("memoryMb", "32769", "SANDBOX_CONFIG_INVALID_MEMORY", 512, 32768),
                new Case("memoryMb", "99999999999", "SANDBOX_CONFIG_INVALID_MEMORY", 512, 32768),
                new Case("cpuCores", "0.25", "SANDBOX_CONFIG_INVALID_CPU", 0.5, 16),
                new Case("cpuCores", "16.5", "SANDBOX_CONFIG_INVALID_CPU", 0.5, 16),
                new Case("maxProcesses", "31", "SANDBOX_CONFIG_INVALID_PROCESSES", 32, 4096),
                new Case("maxProcesses", "4097", "SANDBOX_CONFIG_INVALID_PROCESSES", 32, 4096),
                new Case("timeoutMinutes", "0", "SANDBOX_CONFIG_INVALID_TIMEOUT", 1, 1440),
                new Case("timeoutMinutes", "1441", "SANDBOX_CONFIG_INVALID_TIMEOUT", 1, 1440));
        String existing = createId("Existing");
        for (Case bad : cases) {
            for (ApiResponse response : List.of(
                    api().post("/api/sandbox-configs", json("{'name':'Bad','" + bad.field() + "':" + bad.value() + "}")),
                    api().patch("/api/sandbox-configs/" + existing, json("{'" + bad.field() + "':" + bad.value() + "}")))) {
                assertError(response, 400, bad.code());
                JsonNode error = response.json().path("error");
                assertThat(error.path("status").asInt()).isEqualTo(400);
                assertThat(error.at("/details/value").asString()).as(bad.toString()).isEqualTo(bad.value());
                assertThat(error.at("/details/min").asDouble()).isEqualTo(bad.min());
                assertThat(error.at("/details/max").asDouble()).isEqualTo(bad.max());
            }
        }
        assertThat(list("").path("totalCount").asLong()).isEqualTo(1);
        assertThat(api().get("/api/sandbox-configs/" + existing).json().at("/data/memoryMb").asInt()).isEqualTo(4096);
    }

    @Test
    void wrong_types_and_unknown_sandbox_types_are_validation_errors() {
        for (String body : List.of("{'name':5}", "{'name':'n','memoryMb':'4096'}", "{'name':'n','memoryMb':1024.5}",
                "{'name':'n','cpuCores':'2'}", "{'name':'n','isDefault':'yes'}", "{'name':'n','type':'vm'}", "{'name':'n','type':3}",
                "{'name':'n','allowedEgressHosts':'a.example'}", "{'name':'n','allowedEgressHosts':[1]}", "{'name':'n','baseImage':''}",
                "{'name':'" + "n".repeat(501) + "'}", "{'name':'n','networkPolicyEnabled':0}")) {
            assertError(api().post("/api/sandbox-configs", json(body)), 400, "VALIDATION_ERROR");
        }
        assertError(api().post("/api/sandbox-configs", "{\"name\": "), 400, "INVALID_JSON");
        assertError(api().post("/api/sandbox-configs", "[]"), 400, "VALIDATION_ERROR");
        assertThat(list("").path("totalCount").asLong()).isZero();
    }

    @Test
    void names_are_unique_on_create_and_on_rename() {
        createId("Taken");
        String other = createId("Other");

        ApiResponse duplicate = api().post("/api/sandbox-configs", json("{'name':'Taken'}"));
        assertError(duplicate, 409, "SANDBOX_CONFIG_ALREADY_EXISTS");
        assertThat(duplicate.json().at("/error/status").asInt()).isEqualTo(409);
        assertError(api().patch("/api/sandbox-configs/" + other, json("{'name':'Taken'}")), 409, "SANDBOX_CONFIG_ALREADY_EXISTS");
        assertThat(api().get("/api/sandbox-configs/" + other).json().at("/data/name").asString()).isEqualTo("Other");
        assertThat(api().patch("/api/sandbox-configs/" + other, json("{'name':'Other'}")).status()).isEqualTo(200);
        assertThat(list("").path("totalCount").asLong()).isEqualTo(2);
    }

    @Test
    void a_new_default_takes_the_flag_from_the_old_one_on_create_and_on_update() {
        String first = create("{'name':'First','isDefault':true}").path("id").asString();
        create("{'name':'Second','isDefault':true}");
        assertThat(defaultNames()).containsExactly("Second");

        JsonNode promoted = api().patch("/api/sandbox-configs/" + first, json("{'isDefault':true}")).json().path("data");
        assertThat(promoted.path("isDefault").asBoolean()).isTrue();
        assertThat(defaultNames()).containsExactly("First");

        api().patch("/api/sandbox-configs/" + first, json("{'isDefault':false}"));
        assertThat(defaultNames()).isEmpty();
    }

    @Test
    void lists_the_default_first_then_most_recently_updated_in_pages_with_the_total() {
        for (String name : List.of("A", "B", "C")) {
            createId(name);
            awaitNextMillisecond();
        }
        create("{'name':'Default','isDefault':true}");
        awaitNextMillisecond();
        String a = list("").path("items").get(3).path("id").asString();
        api().patch("/api/sandbox-configs/" + a, json("{'description':'touched'}"));

        JsonNode all = list("");
        assertThat(names(all.path("items"))).containsExactly("Default", "A", "C", "B");
        assertThat(all.path("totalCount").asLong()).isEqualTo(4);
        JsonNode page = list("?limit=2&offset=1");
        assertThat(names(page.path("items"))).containsExactly("A", "C");
        assertThat(page.path("totalCount").asLong()).isEqualTo(4);
        for (String query : List.of("?limit=0", "?limit=501", "?limit=x", "?offset=-1", "?offset=x")) {
            assertError(api().get("/api/sandbox-configs" + query), 400, "VALIDATION_ERROR");
        }
    }

    @Test
    void a_patch_changes_the_given_fields_clears_nullable_ones_and_refuses_null_for_the_others() {
        String id = create("{'name':'Patch me','description':'text','kubeContext':'ctx','allowedEgressHosts':['a.example']}")
                .path("id").asString();

        JsonNode patched = api().patch("/api/sandbox-configs/" + id,
                json("{'description':null,'kubeContext':null,'allowedEgressHosts':null,'memoryMb':8192,'type':'kubernetes'}"))
                .json().path("data");

        assertThat(patched.path("name").asString()).isEqualTo("Patch me");
        assertThat(patched.get("description").isNull()).isTrue();
        assertThat(patched.get("kubeContext").isNull()).isTrue();
        assertThat(patched.get("allowedEgressHosts").isNull()).isTrue();
        assertThat(patched.path("memoryMb").asInt()).isEqualTo(8192);
        assertThat(patched.path("type").asString()).isEqualTo("kubernetes");
        for (String field : List.of("name", "type", "memoryMb", "cpuCores", "isDefault", "baseImage", "networkPolicyEnabled")) {
            assertError(api().patch("/api/sandbox-configs/" + id, json("{'" + field + "':null}")), 400, "VALIDATION_ERROR");
        }
        assertThat(api().get("/api/sandbox-configs/" + id).json().path("data")).isEqualTo(patched);
    }

    @Test
    void unknown_and_malformed_ids_are_refused() {
        ApiResponse unknown = api().get("/api/sandbox-configs/" + UNKNOWN);
        assertThat(unknown.body()).isEqualTo("{\"ok\":false,\"error\":{\"code\":\"SANDBOX_CONFIG_NOT_FOUND\","
                + "\"message\":\"Sandbox configuration not found\",\"status\":404}}");
        assertError(api().patch("/api/sandbox-configs/" + UNKNOWN, json("{'name':'x'}")), 404, "SANDBOX_CONFIG_NOT_FOUND");
        assertError(api().delete("/api/sandbox-configs/" + UNKNOWN), 404, "SANDBOX_CONFIG_NOT_FOUND");
        assertError(api().get("/api/sandbox-configs/a.b"), 400, "INVALID_ID");
        assertError(api().patch("/api/sandbox-configs/a.b", json("{'name':'x'}")), 400, "INVALID_ID");
        assertError(api().delete("/api/sandbox-configs/a.b"), 400, "INVALID_ID");
    }

    @Test
    void a_project_keeps_the_sandbox_config_the_web_client_creates_it_with() {
        String config = createId("Docker");

        ApiResponse created = api().post("/api/projects", json("{'name':'Boxed','path':'/repos/boxed','sandboxConfigId':'" + config + "'}"));

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String projectId = created.json().at("/data/id").asString();
        assertThat(created.json().at("/data/sandboxConfigId").asString()).isEqualTo(config);
        assertThat(api().get("/api/projects/" + projectId).json().at("/data/sandboxConfigId").asString()).isEqualTo(config);
        JsonNode plain = api().post("/api/projects", json("{'name':'Plain','path':'/repos/plain'}")).json().path("data");
        assertExplicitNull(plain, "sandboxConfigId");
    }

    @Test
    void a_project_naming_an_unknown_or_malformed_sandbox_config_is_refused_and_not_stored() {
        ApiResponse unknown = api().post("/api/projects", json("{'name':'P','path':'/repos/p','sandboxConfigId':'" + UNKNOWN + "'}"));
        assertError(unknown, 404, "SANDBOX_CONFIG_NOT_FOUND");
        assertError(api().post("/api/projects", json("{'name':'P','path':'/repos/p','sandboxConfigId':'a.b'}")), 400, "INVALID_ID");
        assertError(api().post("/api/projects", json("{'name':'P','path':'/repos/p','sandboxConfigId':5}")), 400, "VALIDATION_ERROR");
        assertThat(api().get("/api/projects").json().at("/data/totalCount").asLong()).isZero();
    }

    @Test
    void a_config_in_use_is_not_deleted_and_an_unused_one_is() {
        String used = createId("Used");
        for (String path : List.of("/repos/a", "/repos/b")) {
            api().post("/api/projects", json("{'name':'P','path':'" + path + "','sandboxConfigId':'" + used + "'}"));
        }

        ApiResponse refused = api().delete("/api/sandbox-configs/" + used);
        assertError(refused, 409, "SANDBOX_CONFIG_IN_USE");
        assertThat(refused.json().at("/error/status").asInt()).isEqualTo(409);
        assertThat(refused.json().at("/error/details/projectCount").asInt()).isEqualTo(2);
        assertThat(api().get("/api/sandbox-configs/" + used).status()).isEqualTo(200);

        String unused = createId("Unused");
        assertThat(api().delete("/api/sandbox-configs/" + unused).body()).isEqualTo("{\"ok\":true,\"data\":null}");
        assertError(api().get("/api/sandbox-configs/" + unused), 404, "SANDBOX_CONFIG_NOT_FOUND");
        assertThat(api().post("/api/sandbox-configs", json("{'name':'Unused'}")).status()).isEqualTo(201);
    }

    @Test
    void text_that_no_database_can_store_is_refused() {
        assertError(api().post("/api/sandbox-configs", "{\"name\":\"nul\\u0000name\"}"), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/sandbox-configs", "{\"name\":\"n\",\"cpuCores\":1e400}"), 400, "VALIDATION_ERROR");
        assertThat(list("").path("totalCount").asLong()).isZero();
    }

    /** Runs {@code clients} requests at once; the answers come in the order of the clients' numbers. */
    private <T> List<T> all(int clients, IntFunction<Callable<T>> requestOfClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<T> request = requestOfClient.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrent_set_default_requests_all_succeed_and_leave_exactly_one_default() throws Exception {
        int clients = 8;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            ids.add(createId("Config " + i));
        }
        for (int round = 0; round < 3; round++) {
            List<ApiResponse> responses = all(clients,
                    client -> () -> api().patch("/api/sandbox-configs/" + ids.get(client), json("{'isDefault':true}")));

            assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.body()).isEqualTo(200));
            assertThat(defaultNames()).hasSize(1);
        }
    }

    @Test
    void concurrent_creates_of_default_configs_all_succeed_and_leave_exactly_one_default() throws Exception {
        List<ApiResponse> responses = all(8, client -> () -> api().post("/api/sandbox-configs",
                json("{'name':'Default " + client + "','isDefault':true}")));

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.body()).isEqualTo(201));
        assertThat(defaultNames()).hasSize(1);
        assertThat(list("").path("totalCount").asLong()).isEqualTo(8);
    }

    @Test
    void concurrent_creates_with_one_name_store_one_config_and_answer_409_to_the_others() throws Exception {
        List<ApiResponse> responses = all(8, client -> () -> api().post("/api/sandbox-configs", json("{'name':'Same','isDefault':true}")));

        assertThat(responses.stream().filter(response -> response.status() == 201)).hasSize(1);
        assertThat(responses.stream().filter(response -> response.status() != 201))
                .hasSize(7)
                .allSatisfy(response -> assertError(response, 409, "SANDBOX_CONFIG_ALREADY_EXISTS"));
        assertThat(defaultNames()).containsExactly("Same");
    }

    @Test
    void deleting_a_config_while_projects_start_using_it_never_fails_and_never_leaves_a_project_without_its_config()
            throws Exception {
        for (int round = 0; round < 4; round++) {
            String config = createId("Contested " + round);
            String paths = "/repos/" + round + "/";

            List<ApiResponse> responses = all(6, client -> client == 0
                    ? () -> api().delete("/api/sandbox-configs/" + config)
                    : () -> api().post("/api/projects", json("{'name':'P','path':'" + paths + client + "','sandboxConfigId':'" + config + "'}")));

            ApiResponse delete = responses.get(0);
            List<ApiResponse> creates = responses.subList(1, responses.size());
            assertThat(creates).allSatisfy(response -> assertThat(response.status()).as(response.body()).isIn(200, 404));
            long stored = creates.stream().filter(response -> response.status() == 200).count();
            if (delete.status() == 200) {
                assertThat(stored).as("projects stored although their config was deleted").isZero();
            } else {
                assertError(delete, 409, "SANDBOX_CONFIG_IN_USE");
                assertThat(delete.json().at("/error/details/projectCount").asLong()).isBetween(1L, stored);
                assertThat(api().get("/api/sandbox-configs/" + config).status()).isEqualTo(200);
            }
        }
    }
}
