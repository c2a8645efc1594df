package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.port.out.WorkflowRepository.Filter;
import dev.agentpane.domain.template.Template;
import dev.agentpane.domain.template.TemplateScope;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.workflow.SourceTemplateNotFoundException;
import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.domain.workflow.WorkflowId;
import dev.agentpane.domain.workflow.WorkflowStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link WorkflowRepository} must do; run against SQLite, PostgreSQL 18 and the in-memory fake. */
public abstract class WorkflowRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private WorkflowRepository workflows() {
        return port(WorkflowRepository.class);
    }

    private static Workflow workflow(String name, String description, WorkflowStatus status, Instant at) {
        Workflow draft = Workflow.create(name, description, at);
        return Workflow.withId(draft.id(), name, description, null, null, null, null, null, status, null, null, null,
                null, null, at, at);
    }

    private Template storedTemplate() {
        Template template = Template.create("Source ✨", null, TemplateScope.ORG, "acme", "source", null, null,
                List.of(), null, T0);
        port(TemplateRepository.class).insert(template);
        return template;
    }

    private static Map<String, Object> node(String id, String type, Map<String, Object> extra) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("type", type);
        node.put("label", "Étape « " + type + " » 🚦");
        node.put("position", Map.of("x", 120.5, "y", -40L));
        node.putAll(extra);
        return node;
    }

    private static Map<String, Object> viewport(Object x, Object y, Object zoom) {
        Map<String, Object> viewport = new LinkedHashMap<>();
        viewport.put("x", x);
        viewport.put("y", y);
        viewport.put("zoom", zoom);
        return viewport;
    }

    @Test
    void a_new_draft_reads_back_equal_with_absent_optionals() {
        Workflow draft = Workflow.create("Plain", null, T0);
        workflows().insert(draft);

        assertThat(workflows().findById(draft.id())).contains(draft);
        assertThat(draft.status()).isEqualTo(WorkflowStatus.DRAFT);
        assertThat(draft.nodes()).isNull();
        assertThat(draft.aiGenerated()).isNull();
    }

    @Test
    void nodes_edges_viewport_and_tags_read_back_exactly_as_stored() {
        Template source = storedTemplate();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("retries", 3L);
        metadata.put("threshold", 0.25);
        metadata.put("optional", null);
        metadata.put("enabled", false);
        metadata.put("big", 9_007_199_254_740_993L);
        metadata.put("nested", Map.of("list", List.of(1L, "two", List.of(true))));
        metadata.put("unknownFutureField", "kept");
        List<Map<String, Object>> nodes = List.of(
                node("start", "start", Map.of()),
                node("skill-1", "skill", Map.of("skillId", "review", "metadata", metadata)),
                node("loop-1", "loop", Map.of("maxIterations", 5L, "condition", "tests fail")),
                node("end", "end", Map.of("description", "日本語の説明")));
        Map<String, Object> handoff = new LinkedHashMap<>();
        handoff.put("id", "e2");
        handoff.put("type", "handoff");
        handoff.put("sourceNodeId", "skill-1");
        handoff.put("targetNodeId", "loop-1");
        handoff.put("label", null);
        List<Map<String, Object>> edges = List.of(
                Map.of("id", "e1", "type", "sequential", "sourceNodeId", "start", "targetNodeId", "skill-1"),
                handoff);
        Workflow workflow = Workflow.withId(WorkflowId.of("Custom_workflow-1"), "Ablauf 工作流 🔁",
                "d".repeat(Workflow.DESCRIPTION_MAX), nodes, edges, source.id(), source.name(),
                viewport(-12.5, 300L, 0.75), WorkflowStatus.PUBLISHED, List.of("ci", "größe", "🏷"),
                "data:image/png;base64," + "A".repeat(50_000), true, "claude-sonnet-4", 87, T0, T0.plusMillis(1));

        workflows().insert(workflow);

        assertThat(workflows().findById(workflow.id())).contains(workflow);
    }

    @Test
    void empty_lists_stay_empty_and_false_stays_false() {
        Workflow workflow = Workflow.withId(WorkflowId.of("empty"), "Empty", null, List.of(), List.of(), null, null,
                viewport(0L, 0L, 1L), WorkflowStatus.ARCHIVED, List.of(), null, false, null, 0, T0, T0);
        workflows().insert(workflow);

        assertThat(workflows().findById(workflow.id())).contains(workflow);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(workflows().findById(WorkflowId.of("nope"))).isEmpty();
    }

    @Test
    void an_update_stores_every_changed_field_and_moves_the_workflow_to_the_front() {
        Template source = storedTemplate();
        Workflow older = Workflow.create("Older", "first", T0);
        Workflow newer = Workflow.create("Newer", null, T0.plusSeconds(1));
        workflows().insert(older);
        workflows().insert(newer);

        Workflow changed = Workflow.withId(older.id(), "Renamed", null,
                List.of(node("n", "agent", Map.of("agentName", "planner"))), List.of(), source.id(), source.name(),
                viewport(1L, 2L, 3L), WorkflowStatus.PUBLISHED, List.of("x"), "thumb", true, "model", 50,
                older.createdAt(), T0.plusSeconds(2));
        assertThat(workflows().update(changed)).isTrue();

        assertThat(workflows().findById(older.id())).contains(changed);
        assertThat(workflows().findRecentlyUpdated(Filter.ALL, 1, 0)).containsExactly(changed);
    }

    @Test
    void updating_or_deleting_a_missing_workflow_reports_false() {
        Workflow ghost = Workflow.create("Ghost", null, T0);

        assertThat(workflows().update(ghost)).isFalse();
        assertThat(workflows().deleteById(ghost.id())).isFalse();
        assertThat(workflows().count(Filter.ALL)).isZero();
    }

    @Test
    void a_deleted_workflow_is_gone() {
        Workflow workflow = Workflow.create("Doomed", null, T0);
        workflows().insert(workflow);

        assertThat(workflows().deleteById(workflow.id())).isTrue();
        assertThat(workflows().findById(workflow.id())).isEmpty();
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            workflows().insert(Workflow.create("Lost", null, T0));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(workflows().count(Filter.ALL)).isZero();
    }

    @Test
    void deleting_the_source_template_keeps_the_workflow_without_it() {
        Template source = storedTemplate();
        Workflow generated = Workflow.withId(WorkflowId.of("generated"), "Generated", null, null, null, source.id(),
                source.name(), null, WorkflowStatus.DRAFT, null, null, true, null, null, T0, T0);
        workflows().insert(generated);

        assertThat(port(TemplateRepository.class).deleteById(source.id())).isTrue();

        Workflow kept = workflows().findById(generated.id()).orElseThrow();
        assertThat(kept.sourceTemplateId()).isNull();
        assertThat(kept.sourceTemplateName()).isEqualTo(source.name());
        assertThat(kept).usingRecursiveComparison().ignoringFields("sourceTemplateId").isEqualTo(generated);
    }

    @Test
    void lists_most_recently_updated_first_in_pages_with_the_total_count() {
        List<Workflow> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Workflow workflow = Workflow.create("Workflow " + i, null, T0.plusSeconds(i));
            workflows().insert(workflow);
            created.add(workflow);
        }

        assertThat(workflows().findRecentlyUpdated(Filter.ALL, 2, 0)).containsExactly(created.get(4), created.get(3));
        assertThat(workflows().findRecentlyUpdated(Filter.ALL, 2, 2)).containsExactly(created.get(2), created.get(1));
        assertThat(workflows().findRecentlyUpdated(Filter.ALL, 2, 4)).containsExactly(created.get(0));
        assertThat(workflows().count(Filter.ALL)).isEqualTo(5);
    }

    @Test
    void a_workflow_may_name_only_a_source_template_that_exists() {
        TemplateId unknown = TemplateId.of("no-such-template");
        Workflow pointing = Workflow.withId(WorkflowId.of("pointing"), "Pointing", null, null, null, unknown, "Gone", null,
                WorkflowStatus.DRAFT, null, null, null, null, null, T0, T0);

        assertThatThrownBy(() -> workflows().insert(pointing)).isInstanceOf(SourceTemplateNotFoundException.class);
        assertThat(workflows().count(Filter.ALL)).isZero();

        Workflow plain = Workflow.create("Plain", null, T0);
        workflows().insert(plain);
        Workflow repointed = Workflow.withId(plain.id(), plain.name(), null, null, null, unknown, null, null, plain.status(), null,
                null, null, null, null, plain.createdAt(), T0.plusSeconds(1));
        assertThatThrownBy(() -> workflows().update(repointed)).isInstanceOf(SourceTemplateNotFoundException.class);
        assertThat(workflows().findById(plain.id())).contains(plain);
    }

    @Test
    void json_values_keep_their_numbers_nulls_and_nesting_in_the_viewport_too() {
        Map<String, Object> deep = new LinkedHashMap<>();
        deep.put("empty", List.of());
        deep.put("emptyObject", Map.of());
        deep.put("nothing", null);
        deep.put("list", java.util.Arrays.asList(1.5, 1000.0, null, 1e-7, Long.MIN_VALUE, "ünï ✓"));
        Map<String, Object> viewport = viewport(1e3, -2.5, null);
        viewport.put("extra", deep);
        Workflow workflow = Workflow.withId(WorkflowId.of("json"), "Json", null, List.of(Map.of("id", "n", "data", deep)), List.of(),
                null, null, viewport, WorkflowStatus.DRAFT, List.of(), null, null, null, null, T0, T0);

        workflows().insert(workflow);

        assertThat(workflows().findById(workflow.id())).contains(workflow);
    }

    @Test
    void filters_by_status_and_counts_only_the_matches() {
        Workflow draft = workflow("A", null, WorkflowStatus.DRAFT, T0);
        Workflow published = workflow("B", null, WorkflowStatus.PUBLISHED, T0.plusSeconds(1));
        Workflow archived = workflow("C", null, WorkflowStatus.ARCHIVED, T0.plusSeconds(2));
        Workflow publishedLater = workflow("D", null, WorkflowStatus.PUBLISHED, T0.plusSeconds(3));
        List.of(draft, published, archived, publishedLater).forEach(workflows()::insert);

        Filter publishedOnly = new Filter(WorkflowStatus.PUBLISHED, null);
        assertThat(workflows().findRecentlyUpdated(publishedOnly, 10, 0)).containsExactly(publishedLater, published);
        assertThat(workflows().findRecentlyUpdated(publishedOnly, 1, 1)).containsExactly(published);
        assertThat(workflows().count(publishedOnly)).isEqualTo(2);
        assertThat(workflows().count(new Filter(WorkflowStatus.DRAFT, null))).isEqualTo(1);
    }

    @Test
    void searches_name_or_description_ignoring_case() {
        Workflow inName = workflow("Deploy Pipeline", null, WorkflowStatus.DRAFT, T0);
        Workflow inDescription = workflow("Release", "runs the PIPELINE nightly", WorkflowStatus.PUBLISHED,
                T0.plusSeconds(1));
        Workflow neither = workflow("Review", "reads code", WorkflowStatus.DRAFT, T0.plusSeconds(2));
        List.of(inName, inDescription, neither).forEach(workflows()::insert);

        Filter pipeline = new Filter(null, "pipeLine");
        assertThat(workflows().findRecentlyUpdated(pipeline, 10, 0)).containsExactly(inDescription, inName);
        assertThat(workflows().count(pipeline)).isEqualTo(2);
        assertThat(workflows().findRecentlyUpdated(new Filter(WorkflowStatus.DRAFT, "pipeline"), 10, 0))
                .containsExactly(inName);
        assertThat(workflows().count(new Filter(null, "absent"))).isZero();
    }

    @Test
    void search_ignores_case_beyond_ascii_the_same_way_in_every_store() {
        Workflow german = workflow("ÜBER GRÖSSE", null, WorkflowStatus.DRAFT, T0);
        Workflow greek = workflow("Greek", "ΟΔΟΣ to success", WorkflowStatus.DRAFT, T0.plusSeconds(1));
        List.of(german, greek).forEach(workflows()::insert);

        assertThat(workflows().findRecentlyUpdated(new Filter(null, "über größe"), 10, 0)).containsExactly(german);
        assertThat(workflows().findRecentlyUpdated(new Filter(null, "οδος"), 10, 0)).containsExactly(greek);
        assertThat(workflows().count(new Filter(null, "über"))).isEqualTo(1);
    }

    @Test
    void search_follows_renames() {
        Workflow workflow = workflow("Old name", "old words", WorkflowStatus.DRAFT, T0);
        workflows().insert(workflow);
        Workflow renamed = Workflow.withId(workflow.id(), "Brand NEW", "Fresh Words", null, null, null, null, null,
                workflow.status(), null, null, null, null, null, workflow.createdAt(), T0.plusSeconds(1));
        workflows().update(renamed);

        assertThat(workflows().count(new Filter(null, "old"))).isZero();
        assertThat(workflows().findRecentlyUpdated(new Filter(null, "new"), 10, 0)).containsExactly(renamed);
        assertThat(workflows().findRecentlyUpdated(new Filter(null, "fresh w"), 10, 0)).containsExactly(renamed);
    }

    @Test
    void search_text_is_literal_so_percent_underscore_and_quotes_match_only_themselves() {
        Workflow percent = workflow("100% done", null, WorkflowStatus.DRAFT, T0);
        Workflow underscore = workflow("snake_case", null, WorkflowStatus.DRAFT, T0.plusSeconds(1));
        Workflow plain = workflow("100 percent, snakeXcase", "back\\slash 'quoted'", WorkflowStatus.DRAFT,
                T0.plusSeconds(2));
        List.of(percent, underscore, plain).forEach(workflows()::insert);

        assertThat(workflows().findRecentlyUpdated(new Filter(null, "0%"), 10, 0)).containsExactly(percent);
        assertThat(workflows().findRecentlyUpdated(new Filter(null, "e_c"), 10, 0)).containsExactly(underscore);
        assertThat(workflows().findRecentlyUpdated(new Filter(null, "%"), 10, 0)).containsExactly(percent);
        assertThat(workflows().findRecentlyUpdated(new Filter(null, "k\\s"), 10, 0)).containsExactly(plain);
        assertThat(workflows().findRecentlyUpdated(new Filter(null, "'quoted'"), 10, 0)).containsExactly(plain);
        assertThat(workflows().count(new Filter(null, "_"))).isEqualTo(1);
    }
}
