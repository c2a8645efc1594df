package dev.agentpane.web.testing;

import static dev.agentpane.web.testing.ApiAssertions.ISO_MILLIS;
import static dev.agentpane.web.testing.ApiAssertions.assertError;
import static dev.agentpane.web.testing.ApiAssertions.assertExplicitNull;
import static dev.agentpane.web.testing.ApiAssertions.names;
import static dev.agentpane.web.testing.ApiAssertions.awaitNextMillisecond;
import static dev.agentpane.web.testing.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.TemplateRepository;
import dev.agentpane.domain.template.Template;
import dev.agentpane.domain.template.TemplateScope;
import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/workflows} (reference §5.13): the designer's JSON kept exactly, status checked, a source template that
 * must exist, search and status filters with the real total in the L7 envelope. Run against the fakes by the web
 * adapter and against both databases by bootstrap.
 */
public abstract class WorkflowApiContract extends ApiContract {
    private static final String UNKNOWN = "abcdefghijklmnopqrstuvwx";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> NULL_FIELDS = List.of("description", "nodes", "edges", "sourceTemplateId", "sourceTemplateName",
            "viewport", "tags", "thumbnail", "aiGenerated", "aiModel", "aiConfidence");

    @BeforeEach
    final void startEmpty() {
        resetData();
    }

    private JsonNode create(String body) {
        ApiResponse response = api().post("/api/workflows", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("data");
    }

    private String createId(String name, String description, String status) {
        return create(json("{'name':'" + name + "','description':" + (description == null ? "null" : "'" + description + "'")
                + ",'status':'" + status + "'}")).path("id").asString();
    }

    private JsonNode list(String query) {
        ApiResponse response = api().get("/api/workflows" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("data");
    }

    private String storedTemplate() {
        Template template = Template.create("Source", null, TemplateScope.ORG, "acme", "source", null, null, List.of(), null,
                Instant.parse("2026-01-02T03:04:05.678Z"));
        port(TemplateRepository.class).insert(template);
        return template.id().value();
    }

    @Test
    void a_workflow_created_with_a_name_is_a_draft_with_every_other_field_null() {
        ApiResponse response = api().post("/api/workflows", json("{'name':'Ablauf 工作流'}"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode workflow = response.json().path("data");
        assertThat(workflow.path("id").asString()).matches("[a-z0-9]{24}");
        assertThat(workflow.path("name").asString()).isEqualTo("Ablauf 工作流");
        assertThat(workflow.path("status").asString()).isEqualTo("draft");
        for (String field : NULL_FIELDS) {
            assertExplicitNull(workflow, field);
        }
        assertThat(workflow.path("createdAt").asString()).matches(ISO_MILLIS).isEqualTo(workflow.path("updatedAt").asString());
        assertThat(api().get("/api/workflows/" + workflow.path("id").asString()).json().path("data")).isEqualTo(workflow);
    }

    @Test
    void nodes_edges_viewport_and_tags_come_back_exactly_as_sent() {
        String nodes = "[{'id':'start','type':'start','label':'Début « ✓ » 🚦','position':{'x':1.5,'y':1e3},"
                + "'metadata':{'nested':{'deeper':[1,2.25,-3,null,true,'ü',[],{}]},'empty':[],'nothing':null,"
                + "'big':9007199254740993,'small':-0.125}},"
                + "{'id':'skill-1','type':'skill','label':'日本語','position':{'x':0,'y':-40},'skillId':'review'}]";
        String edges = "[{'id':'e1','type':'handoff','sourceNodeId':'start','targetNodeId':'skill-1','label':null,'metadata':{}}]";
        String viewport = "{'x':-12.5,'y':300,'zoom':0.75,'extra':{'kept':[null]}}";
        String tags = "['ci','größe','🏷']";
        String body = json("{'name':'Json','nodes':" + nodes + ",'edges':" + edges + ",'viewport':" + viewport + ",'tags':" + tags
                + ",'thumbnail':'data:image/png;base64,AAAA','aiGenerated':true,'aiModel':'claude-haiku-4-5','aiConfidence':87}");

        JsonNode created = create(body);
        JsonNode read = api().get("/api/workflows/" + created.path("id").asString()).json().path("data");

        JsonNode sent = MAPPER.readTree(body);
        for (JsonNode workflow : List.of(created, read)) {
            for (String field : List.of("nodes", "edges", "viewport", "tags", "thumbnail", "aiGenerated", "aiModel", "aiConfidence")) {
                assertThat(workflow.get(field)).as(field).isEqualTo(sent.get(field));
            }
        }
        assertThat(read.at("/nodes/0/metadata/big").asString()).isEqualTo("9007199254740993");
        assertThat(read.at("/nodes/0/position/y").asDouble()).isEqualTo(1000.0);
        assertThat(read.at("/nodes/0/metadata/nested/deeper/3").isNull()).isTrue();
        assertThat(read.at("/edges/0/label").isNull()).isTrue();
    }

    @Test
    void empty_arrays_stay_empty_and_false_stays_false() {
        JsonNode workflow = create(json("{'name':'Empty','nodes':[],'edges':[],'tags':[],'viewport':{},'aiGenerated':false,'aiConfidence':0}"));

        JsonNode read = api().get("/api/workflows/" + workflow.path("id").asString()).json().path("data");
        assertThat(read.path("nodes").isArray() && read.path("nodes").isEmpty()).isTrue();
        assertThat(read.path("edges").isEmpty()).isTrue();
        assertThat(read.path("tags").isEmpty()).isTrue();
        assertThat(read.path("viewport").isObject() && read.path("viewport").isEmpty()).isTrue();
        assertThat(read.path("aiGenerated").isBoolean() && !read.path("aiGenerated").asBoolean()).isTrue();
        assertThat(read.path("aiConfidence").asInt(-1)).isZero();
    }

    @Test
    void a_name_is_required_and_bad_fields_are_validation_errors() {
        for (String body : List.of("{}", "{'name':''}", "{'name':null}")) {
            ApiResponse response = api().post("/api/workflows", json(body));
            assertError(response, 400, "MISSING_PARAMS");
            assertThat(response.errorMessage()).isEqualTo("Name is required");
        }
        for (String body : List.of("{'name':5}", "{'name':'n','status':'live'}", "{'name':'n','status':1}", "{'name':'n','nodes':{}}",
                "{'name':'n','nodes':[1]}", "{'name':'n','edges':'x'}", "{'name':'n','viewport':[]}", "{'name':'n','tags':[1]}",
                "{'name':'n','tags':['']}", "{'name':'n','aiGenerated':'yes'}", "{'name':'n','aiConfidence':101}",
                "{'name':'n','aiConfidence':1.5}", "{'name':'n','description':{}}", "{'name':'" + "n".repeat(501) + "'}")) {
            assertError(api().post("/api/workflows", json(body)), 400, "VALIDATION_ERROR");
        }
        assertError(api().post("/api/workflows", "{\"name\":\"n\\u0000\"}"), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/workflows", "{\"name\":\"n\",\"nodes\":[{\"k\\u0000\":1}]}"), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/workflows", "{\"name\":\"n\",\"viewport\":{\"zoom\":1e400}}"), 400, "VALIDATION_ERROR");
        assertError(api().post("/api/workflows", "{\"name\": "), 400, "INVALID_JSON");
        assertThat(list("").path("totalCount").asLong()).isZero();
    }

    @Test
    void each_status_can_be_set_on_create_and_update() {
        String id = createId("Flow", null, "published");
        assertThat(api().get("/api/workflows/" + id).json().at("/data/status").asString()).isEqualTo("published");

        assertThat(api().patch("/api/workflows/" + id, json("{'status':'archived'}")).json().at("/data/status").asString())
                .isEqualTo("archived");
        assertError(api().patch("/api/workflows/" + id, json("{'status':'deleted'}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/workflows/" + id, json("{'status':null}")), 400, "VALIDATION_ERROR");
        assertThat(api().get("/api/workflows/" + id).json().at("/data/status").asString()).isEqualTo("archived");
    }

    @Test
    void a_source_template_must_exist() {
        String template = storedTemplate();

        JsonNode generated = create(json("{'name':'Generated','sourceTemplateId':'" + template + "','sourceTemplateName':'Source'}"));
        assertThat(generated.path("sourceTemplateId").asString()).isEqualTo(template);

        ApiResponse unknown = api().post("/api/workflows", json("{'name':'Orphan','sourceTemplateId':'" + UNKNOWN + "'}"));
        assertError(unknown, 404, "TEMPLATE_NOT_FOUND");
        assertThat(unknown.json().at("/error/status").asInt()).isEqualTo(404);
        assertError(api().patch("/api/workflows/" + generated.path("id").asString(), json("{'sourceTemplateId':'" + UNKNOWN + "'}")),
                404, "TEMPLATE_NOT_FOUND");
        assertError(api().post("/api/workflows", json("{'name':'Bad','sourceTemplateId':'a.b'}")), 400, "INVALID_ID");
        assertThat(list("").path("totalCount").asLong()).isEqualTo(1);
        assertThat(api().get("/api/workflows/" + generated.path("id").asString()).json().at("/data/sourceTemplateId").asString())
                .isEqualTo(template);
    }

    @Test
    void a_patch_changes_any_subset_and_clears_nullable_fields_with_null() {
        String template = storedTemplate();
        JsonNode original = create(json("{'name':'Before','description':'text','nodes':[{'id':'n'}],'tags':['a'],"
                + "'sourceTemplateId':'" + template + "','aiConfidence':5,'viewport':{'x':1}}"));
        String id = original.path("id").asString();
        awaitNextMillisecond();

        JsonNode renamed = api().patch("/api/workflows/" + id, json("{'name':'After'}")).json().path("data");
        assertThat(renamed.path("name").asString()).isEqualTo("After");
        assertThat(renamed.path("description").asString()).isEqualTo("text");
        assertThat(renamed.path("nodes")).isEqualTo(original.path("nodes"));
        assertThat(renamed.path("createdAt")).isEqualTo(original.path("createdAt"));
        assertThat(renamed.path("updatedAt").asString()).isGreaterThan(original.path("updatedAt").asString());

        JsonNode cleared = api().patch("/api/workflows/" + id, json("{'description':null,'nodes':null,'tags':null,'sourceTemplateId':null,"
                + "'aiConfidence':null,'viewport':null,'thumbnail':null}")).json().path("data");
        for (String field : List.of("description", "nodes", "tags", "sourceTemplateId", "aiConfidence", "viewport", "thumbnail")) {
            assertThat(cleared.get(field).isNull()).as(field).isTrue();
        }
        assertThat(cleared.path("name").asString()).isEqualTo("After");
        assertError(api().patch("/api/workflows/" + id, json("{'name':null}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/workflows/" + id, json("{'name':''}")), 400, "VALIDATION_ERROR");
        assertError(api().patch("/api/workflows/" + id, "null"), 400, "VALIDATION_ERROR");
        assertThat(api().get("/api/workflows/" + id).json().path("data")).isEqualTo(cleared);
    }

    @Test
    void unknown_and_malformed_ids_are_refused() {
        ApiResponse unknown = api().get("/api/workflows/" + UNKNOWN);
        assertThat(unknown.body()).isEqualTo("{\"ok\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Workflow with id '" + UNKNOWN
                + "' not found\"}}");
        assertError(api().patch("/api/workflows/" + UNKNOWN, json("{'name':'x'}")), 404, "NOT_FOUND");
        assertError(api().delete("/api/workflows/" + UNKNOWN), 404, "NOT_FOUND");
        assertError(api().get("/api/workflows/a.b"), 400, "INVALID_ID");
        assertError(api().patch("/api/workflows/a.b", json("{'name':'x'}")), 400, "INVALID_ID");
        assertError(api().delete("/api/workflows/a.b"), 400, "INVALID_ID");
    }

    @Test
    void delete_answers_null_data_and_the_workflow_is_gone() {
        String id = createId("Doomed", null, "draft");

        assertThat(api().delete("/api/workflows/" + id).body()).isEqualTo("{\"ok\":true,\"data\":null}");
        assertError(api().get("/api/workflows/" + id), 404, "NOT_FOUND");
    }

    @Test
    void lists_most_recently_updated_first_with_the_real_total_and_paging() {
        for (int i = 0; i < 5; i++) {
            createId("W" + i, null, "draft");
            awaitNextMillisecond();
        }

        JsonNode first = list("?limit=2");
        assertThat(names(first.path("items"))).containsExactly("W4", "W3");
        assertThat(first.path("totalCount").asLong()).isEqualTo(5);
        assertThat(first.path("limit").asInt()).isEqualTo(2);
        assertThat(first.path("offset").asInt()).isZero();
        assertThat(first.path("hasMore").asBoolean()).isTrue();
        JsonNode last = list("?limit=2&offset=4");
        assertThat(names(last.path("items"))).containsExactly("W0");
        assertThat(last.path("hasMore").asBoolean()).isFalse();
        JsonNode defaults = list("");
        assertThat(defaults.path("limit").asInt()).isEqualTo(50);
        assertThat(defaults.path("items").size()).isEqualTo(5);
        for (String query : List.of("?limit=0", "?limit=501", "?limit=x", "?offset=-1", "?status=live", "?search=" + "s".repeat(201),
                "?search=%00")) {
            assertError(api().get("/api/workflows" + query), 400, "VALIDATION_ERROR");
        }
    }

    @Test
    void filters_by_status_and_searches_name_or_description_ignoring_case() {
        createId("Deploy PIPELINE", null, "published");
        awaitNextMillisecond();
        createId("Release", "runs the Pipeline nightly", "draft");
        awaitNextMillisecond();
        createId("Review", "reads code", "published");
        awaitNextMillisecond();
        createId("ÜBER Größe", "straße", "archived");

        assertThat(names(list("?status=published").path("items"))).containsExactly("Review", "Deploy PIPELINE");
        assertThat(list("?status=published").path("totalCount").asLong()).isEqualTo(2);
        JsonNode pipeline = list("?search=pipeline");
        assertThat(names(pipeline.path("items"))).containsExactly("Release", "Deploy PIPELINE");
        assertThat(pipeline.path("totalCount").asLong()).isEqualTo(2);
        assertThat(names(list("?search=PiPeLiNe&status=draft").path("items"))).containsExactly("Release");
        assertThat(names(list("?search=%C3%BCber%20gr%C3%B6%C3%9Fe").path("items"))).containsExactly("ÜBER Größe");
        assertThat(names(list("?search=STRASSE").path("items"))).containsExactly("ÜBER Größe");
        assertThat(list("?search=absent").path("totalCount").asLong()).isZero();
        assertThat(list("?status=&search=").path("totalCount").asLong()).isEqualTo(4);
    }

    @Test
    void search_text_is_literal_so_percent_and_underscore_match_only_themselves() {
        createId("100% done", null, "draft");
        createId("snake_case", null, "draft");
        createId("100 percent snakeXcase", "back\\\\slash", "draft");

        assertThat(names(list("?search=0%25").path("items"))).containsExactly("100% done");
        assertThat(names(list("?search=%25").path("items"))).containsExactly("100% done");
        assertThat(names(list("?search=e_c").path("items"))).containsExactly("snake_case");
        assertThat(list("?search=_").path("totalCount").asLong()).isEqualTo(1);
        assertThat(names(list("?search=k%5Cs").path("items"))).containsExactly("100 percent snakeXcase");
    }
}
