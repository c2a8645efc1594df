package dev.agentpane.web.testing;

import static dev.agentpane.web.testing.ApiAssertions.ISO_MILLIS;
import static dev.agentpane.web.testing.ApiAssertions.assertData;
import static dev.agentpane.web.testing.ApiAssertions.assertError;
import static dev.agentpane.web.testing.ApiAssertions.assertInstantBetween;
import static dev.agentpane.web.testing.ApiAssertions.assertServiceError;
import static dev.agentpane.web.testing.ApiAssertions.texts;
import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.TerraformModuleRepository;
import dev.agentpane.domain.terraform.TerraformModule;
import dev.agentpane.domain.terraform.TerraformModuleInput;
import dev.agentpane.domain.terraform.TerraformModuleOutput;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Terraform routes (reference §4.13, §5.15) as a client sees them. Modules come from a registry sync, which does
 * not exist yet, so tests store them through the repository. Run against the fakes by the web adapter and against
 * both databases by bootstrap.
 */
public abstract class TerraformApiContract extends ApiContract {
    private static final String UNKNOWN = "abcdefghijklmnopqrstuvwx";
    /** The name of the setting holding a registry's token: it must never appear in an answer. */
    private static final String TOKEN_KEY = "terraform.token.never-sent-7f3a";
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private final List<String> bodies = new ArrayList<>();
    private int modulesMade;

    @BeforeEach
    final void startEmpty() {
        resetData();
        bodies.clear();
    }

    /** Every answer goes through here, so that a test can check none of them leaks the token key. */
    private ApiResponse seen(ApiResponse response) {
        bodies.add(response.body());
        return response;
    }

    private ApiResponse post(String path, String body) {
        return seen(api().post(path, body == null ? null : json(body)));
    }

    private ApiResponse get(String path) {
        return seen(api().get(path));
    }

    private ApiResponse patch(String path, String body) {
        return seen(api().patch(path, body));
    }

    private JsonNode createRegistry(String name, String org) {
        return assertData(post("/api/terraform/registries", "{'name':'" + name + "','orgName':'" + org + "','tokenSettingKey':'" + TOKEN_KEY
                + "'}"), 201);
    }

    /** Stores a module of the registry, as a sync will; each one made later than the one before. */
    private TerraformModule module(String registryId, String name, String provider, String description) {
        TerraformModule module = TerraformModule.create(TerraformRegistryId.of(registryId), name, "acme", provider, "1.0.0",
                "app.terraform.io/acme/" + name + "/" + provider, description, null, null, null, null, null, T0.plusSeconds(modulesMade++));
        port(TerraformModuleRepository.class).insert(module);
        return module;
    }

    @Test
    void a_created_registry_has_the_original_s_fields_without_its_token_key() {
        JsonNode registry = createRegistry("Acme ✓", "acme");

        assertThat(registry.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(registry.path("name").asString()).isEqualTo("Acme ✓");
        assertThat(registry.path("orgName").asString()).isEqualTo("acme");
        assertThat(registry.path("status").asString()).isEqualTo("active");
        assertThat(registry.path("moduleCount").asInt(-1)).isZero();
        for (String field : List.of("lastSyncedAt", "syncError", "syncIntervalMinutes", "nextSyncAt")) {
            assertThat(registry.has(field) && registry.path(field).isNull()).as(field).isTrue();
        }
        assertThat(registry.has("tokenSettingKey")).isFalse();
        assertThat(registry.path("createdAt").asString()).matches(ISO_MILLIS);
        assertThat(registry.path("updatedAt").asString()).isEqualTo(registry.path("createdAt").asString());
        assertThat(assertData(get("/api/terraform/registries/" + registry.path("id").asString()), 200)).isEqualTo(registry);
    }

    @Test
    void creating_needs_a_name_an_organization_and_a_token_setting_key() {
        Map<String, String> messages = new LinkedHashMap<>();
        messages.put("{'orgName':'o','tokenSettingKey':'k'}", "Name is required");
        messages.put("{'name':'','orgName':'o','tokenSettingKey':'k'}", "Name is required");
        messages.put("{'name':'n','tokenSettingKey':'k'}", "Organization name is required");
        messages.put("{'name':'n','orgName':'o'}", "Token setting key is required");
        messages.forEach((body, message) -> {
            ApiResponse response = post("/api/terraform/registries", body);
            assertError(response, 400, "VALIDATION_ERROR");
            assertThat(response.errorMessage()).as(body).isEqualTo(message);
        });
        for (String body : List.of("{'name':5,'orgName':'o','tokenSettingKey':'k'}", "{'name':'n','orgName':'o','tokenSettingKey':'k','syncIntervalMinutes':4}",
                "{'name':'n','orgName':'o','tokenSettingKey':'k','syncIntervalMinutes':'15'}",
                "{'name':'n','orgName':'o','tokenSettingKey':'k','syncIntervalMinutes':7.5}", "[]")) {
            assertError(post("/api/terraform/registries", body), 400, "VALIDATION_ERROR");
        }
        assertError(seen(api().post("/api/terraform/registries", "{\"name\":")), 400, "INVALID_JSON");
        assertThat(assertData(get("/api/terraform/registries"), 200).path("totalCount").asInt()).isZero();
    }

    @Test
    void an_organization_has_one_registry() {
        createRegistry("Acme", "acme");
        String other = createRegistry("Globex", "globex").path("id").asString();

        ApiResponse duplicate = post("/api/terraform/registries", "{'name':'Again','orgName':'acme','tokenSettingKey':'k'}");
        assertServiceError(duplicate, 409, "TERRAFORM_REGISTRY_ALREADY_EXISTS");
        assertThat(duplicate.errorMessage()).isEqualTo("A Terraform registry with this organization already exists");
        assertServiceError(patch("/api/terraform/registries/" + other, json("{'orgName':'acme'}")), 409, "TERRAFORM_REGISTRY_ALREADY_EXISTS");
        assertThat(assertData(get("/api/terraform/registries/" + other), 200).path("orgName").asString()).isEqualTo("globex");
    }

    @Test
    void concurrent_creates_for_one_organization_give_one_registry() {
        List<ApiResponse> responses = Concurrently.send(6, () -> api().post("/api/terraform/registries",
                json("{'name':'Race','orgName':'race','tokenSettingKey':'k'}")));

        assertThat(Concurrently.withStatus(responses, 201)).as(responses.toString()).isEqualTo(1);
        assertThat(Concurrently.withStatus(responses, 409)).as(responses.toString()).isEqualTo(5);
        assertThat(assertData(get("/api/terraform/registries"), 200).path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_sync_interval_schedules_the_next_sync_and_an_update_reschedules_or_clears_it() {
        Instant before = Instant.now();
        JsonNode registry = assertData(post("/api/terraform/registries",
                "{'name':'Acme','orgName':'acme','tokenSettingKey':'k','syncIntervalMinutes':30}"), 201);
        Instant after = Instant.now();
        assertThat(registry.path("syncIntervalMinutes").asInt()).isEqualTo(30);
        assertInstantBetween(registry.path("nextSyncAt").asString(), before.plus(Duration.ofMinutes(30)), after.plus(Duration.ofMinutes(30)));
        String id = registry.path("id").asString();

        JsonNode renamed = assertData(patch("/api/terraform/registries/" + id, json("{'name':'Acme Corp'}")), 200);
        assertThat(renamed.path("name").asString()).isEqualTo("Acme Corp");
        assertThat(renamed.path("nextSyncAt").asString()).isEqualTo(registry.path("nextSyncAt").asString());
        before = Instant.now();
        JsonNode hourly = assertData(patch("/api/terraform/registries/" + id, json("{'syncIntervalMinutes':60,'orgName':'acme-corp',"
                + "'tokenSettingKey':'" + TOKEN_KEY + "-2'}")), 200);
        after = Instant.now();
        assertThat(hourly.path("orgName").asString()).isEqualTo("acme-corp");
        assertInstantBetween(hourly.path("nextSyncAt").asString(), before.plus(Duration.ofHours(1)), after.plus(Duration.ofHours(1)));
        JsonNode off = assertData(patch("/api/terraform/registries/" + id, "{\"syncIntervalMinutes\":null}"), 200);
        assertThat(off.path("syncIntervalMinutes").isNull()).isTrue();
        assertThat(off.path("nextSyncAt").isNull()).isTrue();
        assertThat(assertData(get("/api/terraform/registries/" + id), 200)).isEqualTo(off);
        assertError(patch("/api/terraform/registries/" + id, json("{'syncIntervalMinutes':4}")), 400, "VALIDATION_ERROR");
        assertError(patch("/api/terraform/registries/" + id, json("{'name':''}")), 400, "VALIDATION_ERROR");
        assertError(patch("/api/terraform/registries/" + id, json("{'tokenSettingKey':7}")), 400, "VALIDATION_ERROR");
    }

    @Test
    void the_registry_list_is_l2_by_name() {
        createRegistry("Charlie", "c");
        createRegistry("Alpha", "a");
        createRegistry("Bravo", "b");

        JsonNode page = assertData(get("/api/terraform/registries"), 200);
        assertThat(texts(page.path("items"), "name")).containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(page.path("totalCount").asInt()).isEqualTo(3);
        assertThat(page.size()).isEqualTo(2);
    }

    @Test
    void deleting_a_registry_deletes_its_modules_and_no_other_s() {
        String doomed = createRegistry("Doomed", "doomed").path("id").asString();
        String kept = createRegistry("Kept", "kept").path("id").asString();
        TerraformModule doomedModule = module(doomed, "vpc", "aws", null);
        module(kept, "dns", "aws", null);

        assertThat(seen(api().delete("/api/terraform/registries/" + doomed)).body()).isEqualTo("{\"ok\":true,\"data\":{\"deleted\":true}}");

        assertServiceError(get("/api/terraform/registries/" + doomed), 404, "TERRAFORM_REGISTRY_NOT_FOUND");
        assertServiceError(get("/api/terraform/modules/" + doomedModule.id().value()), 404, "TERRAFORM_MODULE_NOT_FOUND");
        assertThat(texts(assertData(get("/api/terraform/modules"), 200).path("items"), "name")).containsExactly("dns");
        assertServiceError(seen(api().delete("/api/terraform/registries/" + doomed)), 404, "TERRAFORM_REGISTRY_NOT_FOUND");
    }

    @Test
    void an_unknown_registry_is_registry_not_found_with_its_status_on_every_route() {
        assertThat(get("/api/terraform/registries/" + UNKNOWN).body()).isEqualTo("{\"ok\":false,\"error\":{\"code\":"
                + "\"TERRAFORM_REGISTRY_NOT_FOUND\",\"message\":\"Terraform registry not found\",\"status\":404}}");
        assertServiceError(patch("/api/terraform/registries/" + UNKNOWN, json("{'name':'X'}")), 404, "TERRAFORM_REGISTRY_NOT_FOUND");
        assertServiceError(post("/api/terraform/registries/" + UNKNOWN + "/sync", null), 404, "TERRAFORM_REGISTRY_NOT_FOUND");
        ApiResponse badId = get("/api/terraform/registries/a.b");
        assertError(badId, 400, "INVALID_ID");
        assertThat(badId.errorMessage()).isEqualTo("Invalid registry ID format");
        assertError(post("/api/terraform/registries/a.b/sync", null), 400, "INVALID_ID");
    }

    @Test
    void a_sync_answers_unavailable_until_the_terraform_cloud_integration_exists() {
        String id = createRegistry("Acme", "acme").path("id").asString();

        assertError(post("/api/terraform/registries/" + id + "/sync", null), 503, "SYNC_UNAVAILABLE");
        assertThat(assertData(get("/api/terraform/registries/" + id), 200).path("status").asString()).isEqualTo("active");
    }

    @Test
    void modules_list_most_recently_updated_first_filtered_by_registry_provider_and_literal_text() {
        String acme = createRegistry("Acme", "acme").path("id").asString();
        String globex = createRegistry("Globex", "globex").path("id").asString();
        module(acme, "vpc", "aws", "Creates a NETWORK");
        module(acme, "net_work", "google", null);
        module(globex, "bucket", "aws", "Cuts cost by 50%");
        module(globex, "network-core", "aws", null);

        JsonNode all = assertData(get("/api/terraform/modules"), 200);
        assertThat(texts(all.path("items"), "name")).containsExactly("network-core", "bucket", "net_work", "vpc");
        assertThat(all.path("totalCount").asInt()).isEqualTo(4);
        assertThat(texts(assertData(get("/api/terraform/modules?registryId=" + acme), 200).path("items"), "name"))
                .containsExactly("net_work", "vpc");
        assertThat(texts(assertData(get("/api/terraform/modules?provider=aws"), 200).path("items"), "name"))
                .containsExactly("network-core", "bucket", "vpc");
        assertThat(texts(assertData(get("/api/terraform/modules?search=network"), 200).path("items"), "name"))
                .containsExactly("network-core", "vpc");
        assertThat(texts(assertData(get("/api/terraform/modules?search=net_"), 200).path("items"), "name")).containsExactly("net_work");
        assertThat(texts(assertData(get("/api/terraform/modules?search=0%25"), 200).path("items"), "name")).containsExactly("bucket");
        assertThat(texts(assertData(get("/api/terraform/modules?registryId=" + globex + "&provider=aws&search=CORE"), 200).path("items"),
                "name")).containsExactly("network-core");
        JsonNode limited = assertData(get("/api/terraform/modules?limit=2"), 200);
        assertThat(texts(limited.path("items"), "name")).containsExactly("network-core", "bucket");
        assertThat(limited.path("totalCount").asInt()).isEqualTo(4);
        assertThat(assertData(get("/api/terraform/modules?limit=200"), 200).path("items").size()).isEqualTo(4);
        for (String query : List.of("limit=0", "limit=201", "limit=x")) {
            assertError(get("/api/terraform/modules?" + query), 400, "VALIDATION_ERROR");
        }
        assertError(get("/api/terraform/modules?registryId=a.b"), 400, "INVALID_ID");
    }

    @Test
    void the_default_module_page_holds_50() {
        String acme = createRegistry("Acme", "acme").path("id").asString();
        for (int i = 0; i < 51; i++) {
            module(acme, "m" + i, "aws", null);
        }

        JsonNode page = assertData(get("/api/terraform/modules"), 200);
        assertThat(page.path("items").size()).isEqualTo(50);
        assertThat(page.path("totalCount").asInt()).isEqualTo(51);
    }

    @Test
    void a_module_has_the_original_s_fields_with_typed_inputs_and_outputs() {
        String acme = createRegistry("Acme", "acme").path("id").asString();
        TerraformModule module = TerraformModule.create(TerraformRegistryId.of(acme), "vpc", "acme", "aws", "2.1.0",
                "app.terraform.io/acme/vpc/aws", "A network", "# VPC 🌐",
                List.of(new TerraformModuleInput("cidr", "string", "The range", "10.0.0.0/16", false, null),
                        new TerraformModuleInput("name", "string", null, null, true, true)),
                List.of(new TerraformModuleOutput("vpc_id", "The id")), List.of("hashicorp/consul/aws"), T0, T0);
        port(TerraformModuleRepository.class).insert(module);

        JsonNode json = assertData(get("/api/terraform/modules/" + module.id().value()), 200);
        assertThat(json.path("registryId").asString()).isEqualTo(acme);
        assertThat(json.path("name").asString()).isEqualTo("vpc");
        assertThat(json.path("namespace").asString()).isEqualTo("acme");
        assertThat(json.path("provider").asString()).isEqualTo("aws");
        assertThat(json.path("version").asString()).isEqualTo("2.1.0");
        assertThat(json.path("source").asString()).isEqualTo("app.terraform.io/acme/vpc/aws");
        assertThat(json.path("readme").asString()).isEqualTo("# VPC 🌐");
        assertThat(json.at("/inputs/0/default").asString()).isEqualTo("10.0.0.0/16");
        assertThat(json.at("/inputs/0/required").asBoolean(true)).isFalse();
        assertThat(json.at("/inputs/1/default").isNull()).isTrue();
        assertThat(json.at("/inputs/1/sensitive").asBoolean()).isTrue();
        assertThat(json.at("/outputs/0/name").asString()).isEqualTo("vpc_id");
        assertThat(json.at("/dependencies/0").asString()).isEqualTo("hashicorp/consul/aws");
        assertThat(json.path("publishedAt").asString()).isEqualTo("2026-01-02T03:04:05.678Z");
        assertThat(assertData(get("/api/terraform/modules"), 200).path("items").get(0)).isEqualTo(json);
        assertThat(get("/api/terraform/modules/" + UNKNOWN).body()).isEqualTo("{\"ok\":false,\"error\":{\"code\":"
                + "\"TERRAFORM_MODULE_NOT_FOUND\",\"message\":\"Terraform module not found\",\"status\":404}}");
        ApiResponse badId = get("/api/terraform/modules/a.b");
        assertError(badId, 400, "INVALID_ID");
        assertThat(badId.errorMessage()).isEqualTo("Invalid module ID format");
    }

    @Test
    void validation_checks_its_input_then_answers_unavailable() {
        for (String body : List.of("{}", "{'code':''}", "{'tfvars':'x = 1'}")) {
            ApiResponse missing = post("/api/terraform/validate", body);
            assertError(missing, 400, "VALIDATION_ERROR");
            assertThat(missing.errorMessage()).isEqualTo("code field is required");
        }
        assertError(post("/api/terraform/validate", "{'code':5}"), 400, "VALIDATION_ERROR");
        assertError(post("/api/terraform/validate", "{'code':'x','tfvars':[]}"), 400, "VALIDATION_ERROR");
        assertError(seen(api().post("/api/terraform/validate", "{\"code\":")), 400, "INVALID_JSON");
        assertError(post("/api/terraform/validate", "{'code':'variable region {}','tfvars':'region = 1'}"), 503,
                "TERRAFORM_VALIDATE_UNAVAILABLE");
    }

    @Test
    void composing_checks_the_conversation_then_answers_unavailable() {
        String registry = createRegistry("Acme", "acme").path("id").asString();
        for (String body : List.of("{}", "{'messages':[]}", "{'messages':'hi'}", "{'messages':[1]}",
                "{'messages':[{'role':'system','content':'x'}]}", "{'messages':[{'role':'user','content':''}]}",
                "{'messages':[{'role':'user'}]}", "{'messages':[{'content':'x'}]}", "{'messages':[{'role':'user','content':5}]}",
                "{'messages':[{'role':'user','content':'x'}],'sessionId':'a b'}",
                "{'messages':[{'role':'user','content':'x'}],'sessionId':'" + "s".repeat(129) + "'}")) {
            assertError(post("/api/terraform/compose", body), 400, "VALIDATION_ERROR");
        }
        ApiResponse second = post("/api/terraform/compose", "{'messages':[{'role':'user','content':'x'},{'role':'robot','content':'y'}]}");
        assertThat(second.errorMessage()).startsWith("messages[1]");
        assertError(post("/api/terraform/compose", "{'messages':[{'role':'user','content':'x'}],'registryId':'a.b'}"), 400, "INVALID_ID");
        assertServiceError(post("/api/terraform/compose", "{'messages':[{'role':'user','content':'x'}],'registryId':'" + UNKNOWN + "'}"),
                404, "TERRAFORM_REGISTRY_NOT_FOUND");
        assertError(post("/api/terraform/compose", "{'messages':[{'role':'user','content':'A VPC please'},{'role':'assistant','content':"
                + "'Which region?'}],'sessionId':'" + "s".repeat(128) + "','registryId':'" + registry + "'}"), 503,
                "TERRAFORM_COMPOSE_UNAVAILABLE");
    }

    @Test
    void compose_events_check_the_session_id_then_answer_unavailable() {
        ApiResponse badId = get("/api/terraform/compose/a.b/events");
        assertError(badId, 400, "INVALID_ID");
        assertThat(badId.errorMessage()).isEqualTo("Invalid session ID format");
        assertError(get("/api/terraform/compose/" + "s".repeat(129) + "/events"), 400, "INVALID_ID");
        assertError(get("/api/terraform/compose/" + "s".repeat(128) + "/events"), 503, "TERRAFORM_COMPOSE_UNAVAILABLE");
    }

    @Test
    void no_answer_ever_names_the_token_setting_key() {
        String id = createRegistry("Acme", "acme").path("id").asString();
        module(id, "vpc", "aws", null);
        post("/api/terraform/registries", "{'name':'Again','orgName':'acme','tokenSettingKey':'" + TOKEN_KEY + "'}");
        get("/api/terraform/registries");
        get("/api/terraform/registries/" + id);
        patch("/api/terraform/registries/" + id, json("{'name':'Renamed','tokenSettingKey':'" + TOKEN_KEY + "'}"));
        patch("/api/terraform/registries/" + id, json("{'tokenSettingKey':'" + "k".repeat(201) + "'}"));
        post("/api/terraform/registries/" + id + "/sync", null);
        get("/api/terraform/modules");
        get("/api/terraform/modules?registryId=" + id);
        post("/api/terraform/compose", "{'messages':[{'role':'user','content':'x'}],'registryId':'" + id + "'}");
        seen(api().delete("/api/terraform/registries/" + id));

        assertThat(bodies).hasSizeGreaterThan(10);
        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(TOKEN_KEY).doesNotContain("tokenSettingKey"));
    }
}
