package dev.agentpane.web.testing;

import static dev.agentpane.web.testing.ApiAssertions.ISO_MILLIS;
import static dev.agentpane.web.testing.ApiAssertions.assertData;
import static dev.agentpane.web.testing.ApiAssertions.assertError;
import static dev.agentpane.web.testing.ApiAssertions.assertInstantBetween;
import static dev.agentpane.web.testing.ApiAssertions.assertServiceError;
import static dev.agentpane.web.testing.ApiAssertions.awaitNextMillisecond;
import static dev.agentpane.web.testing.ApiAssertions.texts;
import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.TemplateRepository;
import dev.agentpane.application.port.out.WorkflowRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.template.Template;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.template.TemplateScope;
import dev.agentpane.domain.template.TemplateStatus;
import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.domain.workflow.WorkflowStatus;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The templates routes (reference §4.9, §5.9) as a client sees them. Run against the fakes by the web adapter and
 * against both databases by bootstrap.
 */
public abstract class TemplateApiContract extends ApiContract {
    private static final String UNKNOWN = "abcdefghijklmnopqrstuvwx";
    private String projectA;
    private String projectB;

    @BeforeEach
    final void startWithTwoProjects() {
        resetData();
        projectA = project("A");
        projectB = project("B");
    }

    private String project(String name) {
        return api().post("/api/projects", json("{'name':'" + name + "','path':'/repos/" + name + "'}")).json().at("/data/id").asString();
    }

    private ApiResponse post(String body) {
        return api().post("/api/templates", json(body));
    }

    private JsonNode created(String body) {
        return assertData(post(body), 201);
    }

    private JsonNode orgTemplate(String repo) {
        return created("{'name':'Org " + repo + "','scope':'org','githubUrl':'acme/" + repo + "'}");
    }

    private JsonNode projectTemplate(String repo, String... projectIds) {
        return created("{'name':'Project " + repo + "','scope':'project','githubUrl':'acme/" + repo + "','projectIds':"
                + ids(projectIds) + "}");
    }

    private static String ids(String... ids) {
        return "[" + String.join(",", java.util.Arrays.stream(ids).map(id -> "'" + id + "'").toList()) + "]";
    }

    @Test
    void a_created_org_template_has_the_original_s_fields_with_explicit_nulls() {
        JsonNode template = created("{'name':'Org tools ✓','scope':'org','githubUrl':'https://github.com/acme/tools.git'}");

        assertThat(template.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(template.path("name").asString()).isEqualTo("Org tools ✓");
        assertThat(template.path("scope").asString()).isEqualTo("org");
        assertThat(template.path("githubOwner").asString()).isEqualTo("acme");
        assertThat(template.path("githubRepo").asString()).isEqualTo("tools");
        assertThat(template.path("branch").asString()).isEqualTo("main");
        assertThat(template.path("configPath").asString()).isEqualTo(".claude");
        assertThat(template.path("status").asString()).isEqualTo("active");
        assertThat(template.path("projectIds").isArray()).isTrue();
        assertThat(template.path("projectIds").size()).isZero();
        for (String field : List.of("description", "projectId", "lastSyncSha", "lastSyncedAt", "syncError", "syncIntervalMinutes",
                "nextSyncAt", "cachedSkills", "cachedCommands", "cachedAgents")) {
            assertThat(template.has(field)).as(field).isTrue();
            assertThat(template.path(field).isNull()).as(field).isTrue();
        }
        assertThat(template.path("createdAt").asString()).matches(ISO_MILLIS);
        assertThat(template.path("updatedAt").asString()).isEqualTo(template.path("createdAt").asString());
        assertThat(assertData(api().get("/api/templates/" + template.path("id").asString()), 200)).isEqualTo(template);
    }

    @Test
    void every_address_form_of_a_repository_is_understood() {
        List<String> urls = List.of("acme/a", "https://github.com/acme/b", "https://github.com/acme/c.git", "https://github.com/acme/d/",
                "http://www.github.com/acme/e", "git@github.com:acme/f.git", "git@github.com:acme/g", "acme/h.with.dots");
        for (String url : urls) {
            JsonNode template = created("{'name':'T','scope':'org','githubUrl':'" + url + "'}");
            assertThat(template.path("githubOwner").asString()).as(url).isEqualTo("acme");
        }
        assertThat(texts(assertData(api().get("/api/templates"), 200).path("items"), "githubRepo"))
                .containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f", "g", "h.with.dots");
    }

    @Test
    void an_address_that_names_no_github_repository_is_refused_with_the_url_in_the_details() {
        for (String url : List.of("https://gitlab.com/acme/tools", "acme", "https://github.com/acme", "-acme/tools", "acme/..",
                "https://github.com/acme/tools/tree/main", "acme/to ols")) {
            ApiResponse response = post("{'name':'T','scope':'org','githubUrl':'" + url + "'}");
            assertServiceError(response, 400, "TEMPLATE_INVALID_REPO_URL");
            assertThat(response.json().at("/error/details/url").asString()).isEqualTo(url);
        }
        assertThat(assertData(api().get("/api/templates"), 200).path("totalCount").asInt()).isZero();
    }

    @Test
    void missing_name_scope_or_url_is_missing_params_with_the_original_s_messages() {
        ApiResponse noName = post("{'scope':'org','githubUrl':'acme/x'}");
        assertError(noName, 400, "MISSING_PARAMS");
        assertThat(noName.errorMessage()).isEqualTo("name is required");
        assertThat(post("{'name':'','scope':'org','githubUrl':'acme/x'}").errorMessage()).isEqualTo("name is required");
        for (String scope : List.of("", "'team'", "null")) {
            String body = "{'name':'T'," + (scope.isEmpty() ? "" : "'scope':" + scope + ",") + "'githubUrl':'acme/x'}";
            ApiResponse badScope = post(body);
            assertError(badScope, 400, "MISSING_PARAMS");
            assertThat(badScope.errorMessage()).isEqualTo("scope must be \"org\" or \"project\"");
        }
        ApiResponse noUrl = post("{'name':'T','scope':'org'}");
        assertError(noUrl, 400, "MISSING_PARAMS");
        assertThat(noUrl.errorMessage()).isEqualTo("githubUrl is required");
        assertError(post("{'name':5,'scope':'org','githubUrl':'acme/x'}"), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/templates", "{\"name\":"), 400, "INVALID_JSON");
    }

    @Test
    void a_project_template_serves_the_projects_it_names() {
        JsonNode template = projectTemplate("both", projectA, projectB);

        assertThat(texts(template.path("projectIds"), null)).containsExactlyInAnyOrder(projectA, projectB);
        assertThat(template.path("projectId").asString()).isIn(projectA, projectB);
        JsonNode legacyBody = created("{'name':'Legacy','scope':'project','githubUrl':'acme/legacy','projectId':'" + projectB + "'}");
        assertThat(texts(legacyBody.path("projectIds"), null)).containsExactly(projectB);
        assertThat(legacyBody.path("projectId").asString()).isEqualTo(projectB);
    }

    @Test
    void a_project_template_without_projects_is_refused() {
        for (String body : List.of("{'name':'T','scope':'project','githubUrl':'acme/x'}",
                "{'name':'T','scope':'project','githubUrl':'acme/x','projectIds':[]}")) {
            ApiResponse response = post(body);
            assertServiceError(response, 400, "TEMPLATE_PROJECT_REQUIRED");
            assertThat(response.errorMessage()).isEqualTo("Project ID is required for project-scoped templates");
        }
    }

    @Test
    void every_project_named_must_exist_and_nothing_is_stored_otherwise() {
        ApiResponse unknown = post("{'name':'T','scope':'project','githubUrl':'acme/x','projectIds':['" + projectA + "','" + UNKNOWN + "']}");
        assertServiceError(unknown, 404, "PROJECT_NOT_FOUND");
        assertThat(unknown.errorMessage()).contains(UNKNOWN);
        assertError(post("{'name':'T','scope':'project','githubUrl':'acme/x','projectIds':['a.b']}"), 400, "INVALID_ID");
        assertError(post("{'name':'T','scope':'project','githubUrl':'acme/x','projectIds':'" + projectA + "'}"), 400, "VALIDATION_ERROR");
        assertThat(assertData(api().get("/api/templates"), 200).path("totalCount").asInt()).isZero();
        assertThat(assertData(api().get("/api/templates?projectId=" + projectA), 200).path("items").size()).isZero();
    }

    @Test
    void a_repository_backs_one_template_per_scope() {
        orgTemplate("shared");
        projectTemplate("shared", projectA);

        ApiResponse duplicate = post("{'name':'Again','scope':'org','githubUrl':'https://github.com/acme/shared'}");
        assertServiceError(duplicate, 409, "TEMPLATE_ALREADY_EXISTS");
        assertThat(duplicate.errorMessage()).isEqualTo("A template with this repository already exists");
        assertServiceError(post("{'name':'Again','scope':'project','githubUrl':'acme/shared','projectIds':['" + projectB + "']}"), 409,
                "TEMPLATE_ALREADY_EXISTS");
        assertThat(assertData(api().get("/api/templates"), 200).path("totalCount").asInt()).isEqualTo(2);
    }

    @Test
    void concurrent_creates_of_one_repository_give_one_template_and_conflicts_for_the_rest() {
        List<ApiResponse> responses = Concurrently.send(6,
                () -> api().post("/api/templates", json("{'name':'Race','scope':'org','githubUrl':'acme/race'}")));

        assertThat(Concurrently.withStatus(responses, 201)).as(responses.toString()).isEqualTo(1);
        assertThat(Concurrently.withStatus(responses, 409)).as(responses.toString()).isEqualTo(5);
        responses.stream().filter(r -> r.status() == 409).forEach(r -> assertServiceError(r, 409, "TEMPLATE_ALREADY_EXISTS"));
        assertThat(assertData(api().get("/api/templates"), 200).path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_sync_interval_schedules_the_first_sync() {
        Instant before = Instant.now();
        JsonNode template = created("{'name':'T','scope':'org','githubUrl':'acme/x','syncIntervalMinutes':15}");
        Instant after = Instant.now();

        assertThat(template.path("syncIntervalMinutes").asInt()).isEqualTo(15);
        assertInstantBetween(template.path("nextSyncAt").asString(), before.plus(Duration.ofMinutes(15)), after.plus(Duration.ofMinutes(15)));
        assertError(post("{'name':'T','scope':'org','githubUrl':'acme/y','syncIntervalMinutes':4}"), 400, "VALIDATION_ERROR");
        assertError(post("{'name':'T','scope':'org','githubUrl':'acme/y','syncIntervalMinutes':'15'}"), 400, "VALIDATION_ERROR");
    }

    @Test
    void the_list_is_l1_most_recently_updated_first_with_a_real_total() {
        String first = orgTemplate("first").path("id").asString();
        awaitNextMillisecond();
        orgTemplate("second");
        awaitNextMillisecond();
        orgTemplate("third");
        awaitNextMillisecond();
        api().patch("/api/templates/" + first, json("{'description':'touched'}"));

        JsonNode page = assertData(api().get("/api/templates"), 200);
        assertThat(texts(page.path("items"), "githubRepo")).containsExactly("first", "third", "second");
        assertThat(page.path("nextCursor").isNull()).isTrue();
        assertThat(page.path("hasMore").asBoolean()).isFalse();
        assertThat(page.path("totalCount").asInt()).isEqualTo(3);
        JsonNode limited = assertData(api().get("/api/templates?limit=2"), 200);
        assertThat(texts(limited.path("items"), "githubRepo")).containsExactly("first", "third");
        assertThat(limited.path("hasMore").asBoolean()).isTrue();
        assertThat(limited.path("totalCount").asInt()).isEqualTo(3);
        for (String query : List.of("limit=0", "limit=x", "limit=100000", "scope=team")) {
            assertError(api().get("/api/templates?" + query), 400, "VALIDATION_ERROR");
        }
        assertError(api().get("/api/templates?projectId=a.b"), 400, "INVALID_ID");
    }

    @Test
    void the_list_filters_by_scope_and_by_project_through_the_links() {
        orgTemplate("org");
        projectTemplate("a-only", projectA);
        projectTemplate("both", projectA, projectB);
        String projectC = project("C");

        assertThat(texts(assertData(api().get("/api/templates?scope=org"), 200).path("items"), "githubRepo")).containsExactly("org");
        assertThat(texts(assertData(api().get("/api/templates?scope=project"), 200).path("items"), "githubRepo"))
                .containsExactlyInAnyOrder("a-only", "both");
        assertThat(texts(assertData(api().get("/api/templates?projectId=" + projectA), 200).path("items"), "githubRepo"))
                .containsExactlyInAnyOrder("a-only", "both");
        JsonNode forB = assertData(api().get("/api/templates?projectId=" + projectB), 200);
        assertThat(texts(forB.path("items"), "githubRepo")).containsExactly("both");
        assertThat(forB.path("totalCount").asInt()).isEqualTo(1);
        assertThat(texts(forB.path("items").get(0).path("projectIds"), null)).containsExactlyInAnyOrder(projectA, projectB);
        assertThat(assertData(api().get("/api/templates?projectId=" + projectC), 200).path("items").size()).isZero();
        assertThat(assertData(api().get("/api/templates?scope=org&projectId=" + projectA), 200).path("items").size()).isZero();
    }

    @Test
    void a_project_without_links_falls_back_to_templates_naming_it_as_their_legacy_project() {
        Instant now = Instant.now();
        Template legacy = Template.withId(TemplateId.of("legacy-template"), "Legacy", null, TemplateScope.PROJECT, "acme", "legacy",
                "main", ".claude", ProjectId.of(projectB), List.of(), TemplateStatus.ACTIVE, null, null, null, null, null, null, null,
                null, now, now);
        port(TemplateRepository.class).insert(legacy);
        projectTemplate("linked", projectA);

        JsonNode forB = assertData(api().get("/api/templates?projectId=" + projectB), 200);
        assertThat(texts(forB.path("items"), "id")).containsExactly("legacy-template");
        assertThat(forB.path("items").get(0).path("projectId").asString()).isEqualTo(projectB);
        assertThat(forB.path("items").get(0).path("projectIds").size()).isZero();
        assertThat(texts(assertData(api().get("/api/templates?projectId=" + projectA), 200).path("items"), "githubRepo"))
                .containsExactly("linked");
    }

    @Test
    void an_update_changes_what_it_names_and_replaces_the_project_set() {
        JsonNode template = projectTemplate("tools", projectA);
        String id = template.path("id").asString();
        awaitNextMillisecond();

        JsonNode updated = assertData(api().patch("/api/templates/" + id, json("{'name':'Renamed','description':'Now described',"
                + "'branch':'develop','configPath':'.config/claude','projectIds':['" + projectB + "']}")), 200);

        assertThat(updated.path("name").asString()).isEqualTo("Renamed");
        assertThat(updated.path("description").asString()).isEqualTo("Now described");
        assertThat(updated.path("branch").asString()).isEqualTo("develop");
        assertThat(updated.path("configPath").asString()).isEqualTo(".config/claude");
        assertThat(texts(updated.path("projectIds"), null)).containsExactly(projectB);
        assertThat(updated.path("githubRepo").asString()).isEqualTo("tools");
        assertThat(updated.path("createdAt").asString()).isEqualTo(template.path("createdAt").asString());
        assertThat(Instant.parse(updated.path("updatedAt").asString())).isAfter(Instant.parse(template.path("updatedAt").asString()));
        assertThat(assertData(api().get("/api/templates/" + id), 200)).isEqualTo(updated);
        assertThat(assertData(api().get("/api/templates?projectId=" + projectA), 200).path("items").size()).isZero();
        JsonNode kept = assertData(api().patch("/api/templates/" + id, json("{'description':'again'}")), 200);
        assertThat(texts(kept.path("projectIds"), null)).containsExactly(projectB);
        assertThat(kept.path("name").asString()).isEqualTo("Renamed");
    }

    @Test
    void an_update_may_not_leave_a_project_template_without_projects_nor_name_unknown_ones() {
        String id = projectTemplate("tools", projectA).path("id").asString();

        assertServiceError(api().patch("/api/templates/" + id, json("{'projectIds':[]}")), 400, "TEMPLATE_PROJECT_REQUIRED");
        assertServiceError(api().patch("/api/templates/" + id, json("{'name':'X','projectIds':['" + UNKNOWN + "']}")), 404,
                "PROJECT_NOT_FOUND");
        assertError(api().patch("/api/templates/" + id, json("{'name':''}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/templates/" + id, json("{'projectIds':[5]}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/templates/" + id, "[]"), 400, "VALIDATION_ERROR");
        JsonNode unchanged = assertData(api().get("/api/templates/" + id), 200);
        assertThat(unchanged.path("name").asString()).isEqualTo("Project tools");
        assertThat(texts(unchanged.path("projectIds"), null)).containsExactly(projectA);
        JsonNode orgTemplate = orgTemplate("org");
        assertThat(assertData(api().patch("/api/templates/" + orgTemplate.path("id").asString(), json("{'projectIds':[]}")), 200)
                .path("projectIds").size()).isZero();
    }

    @Test
    void an_update_of_the_sync_interval_reschedules_or_clears_the_next_sync() {
        String id = orgTemplate("tools").path("id").asString();

        Instant before = Instant.now();
        JsonNode hourly = assertData(api().patch("/api/templates/" + id, json("{'syncIntervalMinutes':60}")), 200);
        Instant after = Instant.now();
        assertThat(hourly.path("syncIntervalMinutes").asInt()).isEqualTo(60);
        assertInstantBetween(hourly.path("nextSyncAt").asString(), before.plus(Duration.ofHours(1)), after.plus(Duration.ofHours(1)));
        JsonNode renamed = assertData(api().patch("/api/templates/" + id, json("{'name':'Still hourly'}")), 200);
        assertThat(renamed.path("nextSyncAt").asString()).isEqualTo(hourly.path("nextSyncAt").asString());

        JsonNode off = assertData(api().patch("/api/templates/" + id, "{\"syncIntervalMinutes\":null}"), 200);
        assertThat(off.path("syncIntervalMinutes").isNull()).isTrue();
        assertThat(off.path("nextSyncAt").isNull()).isTrue();
        assertError(api().patch("/api/templates/" + id, json("{'syncIntervalMinutes':4}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/templates/" + id, json("{'syncIntervalMinutes':5.5}")), 400, "VALIDATION_ERROR");
    }

    @Test
    void an_unknown_template_is_template_not_found_with_its_status_on_every_route() {
        assertThat(api().get("/api/templates/" + UNKNOWN).body())
                .isEqualTo("{\"ok\":false,\"error\":{\"code\":\"TEMPLATE_NOT_FOUND\",\"message\":\"Template not found\",\"status\":404}}");
        assertServiceError(api().patch("/api/templates/" + UNKNOWN, json("{'name':'X'}")), 404, "TEMPLATE_NOT_FOUND");
        assertServiceError(api().delete("/api/templates/" + UNKNOWN), 404, "TEMPLATE_NOT_FOUND");
        assertServiceError(api().post("/api/templates/" + UNKNOWN + "/sync", null), 404, "TEMPLATE_NOT_FOUND");
        ApiResponse badId = api().get("/api/templates/a.b");
        assertError(badId, 400, "INVALID_ID");
        assertThat(badId.errorMessage()).isEqualTo("Invalid template ID format");
        assertError(api().post("/api/templates/a.b/sync", null), 400, "INVALID_ID");
    }

    @Test
    void a_sync_answers_unavailable_until_the_github_integration_exists() {
        String id = orgTemplate("tools").path("id").asString();

        assertError(api().post("/api/templates/" + id + "/sync", null), 503, "SYNC_UNAVAILABLE");
        assertThat(assertData(api().get("/api/templates/" + id), 200).path("status").asString()).isEqualTo("active");
    }

    @Test
    void a_deleted_template_is_gone_and_its_workflows_stay_without_it() {
        String id = projectTemplate("doomed", projectA).path("id").asString();
        Instant now = Instant.now();
        Workflow draft = Workflow.create("From template", null, now);
        Workflow workflow = Workflow.withId(draft.id(), draft.name(), null, null, null, TemplateId.of(id), "Project doomed", null,
                WorkflowStatus.DRAFT, null, null, null, null, null, now, now);
        port(WorkflowRepository.class).insert(workflow);

        assertThat(api().delete("/api/templates/" + id).body()).isEqualTo("{\"ok\":true,\"data\":null}");

        assertServiceError(api().get("/api/templates/" + id), 404, "TEMPLATE_NOT_FOUND");
        assertThat(assertData(api().get("/api/templates?projectId=" + projectA), 200).path("items").size()).isZero();
        Workflow kept = port(WorkflowRepository.class).findById(workflow.id()).orElseThrow();
        assertThat(kept.sourceTemplateId()).isNull();
        assertThat(kept.sourceTemplateName()).isEqualTo("Project doomed");
        assertServiceError(api().delete("/api/templates/" + id), 404, "TEMPLATE_NOT_FOUND");
    }

    @Test
    void deleting_one_of_its_projects_keeps_the_template_for_the_others() {
        String id = projectTemplate("shared", projectA, projectB).path("id").asString();

        assertThat(api().delete("/api/projects/" + projectA).status()).isEqualTo(200);

        JsonNode template = assertData(api().get("/api/templates/" + id), 200);
        assertThat(texts(template.path("projectIds"), null)).containsExactly(projectB);
        assertThat(template.path("projectId").asString()).isEqualTo(projectB);
    }
}
