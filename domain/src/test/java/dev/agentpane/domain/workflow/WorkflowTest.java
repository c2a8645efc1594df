package dev.agentpane.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.domain.shared.Change;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.template.TemplateId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private static WorkflowChange change(Change<String> name, Change<String> description, Change<WorkflowStatus> status,
            Change<List<String>> tags, Change<Integer> aiConfidence) {
        return new WorkflowChange(name, description, null, null, null, null, null, status, tags, null, null, null, aiConfidence);
    }

    @Test
    void a_new_workflow_is_a_draft_with_empty_optionals() {
        Workflow workflow = Workflow.create(change(Change.to("Flow"), null, null, null, null), T0);

        assertThat(workflow.status()).isEqualTo(WorkflowStatus.DRAFT);
        assertThat(workflow.nodes()).isNull();
        assertThat(workflow.viewport()).isNull();
        assertThat(workflow.createdAt()).isEqualTo(T0).isEqualTo(workflow.updatedAt());
        assertThatThrownBy(() -> Workflow.create(WorkflowChange.NONE, T0)).isInstanceOf(ValidationException.class)
                .hasMessage("Name is required");
    }

    @Test
    void a_change_replaces_given_fields_clears_nullable_ones_and_keeps_the_rest() {
        Map<String, Object> viewport = new HashMap<>();
        viewport.put("x", 1.5);
        viewport.put("zoom", null);
        Workflow workflow = Workflow.withId(WorkflowId.of("w"), "Flow", "text", List.of(Map.of("id", "n")), List.of(),
                TemplateId.of("t"), "Template", viewport, WorkflowStatus.DRAFT, List.of("a"), "thumb", true, "model", 5, T0, T0);

        Workflow changed = workflow.apply(change(null, Change.to(null), Change.to(WorkflowStatus.ARCHIVED), Change.to(null),
                Change.to(null)), T0.plusSeconds(1));

        assertThat(changed.name()).isEqualTo("Flow");
        assertThat(changed.description()).isNull();
        assertThat(changed.status()).isEqualTo(WorkflowStatus.ARCHIVED);
        assertThat(changed.tags()).isNull();
        assertThat(changed.aiConfidence()).isNull();
        assertThat(changed.nodes()).isEqualTo(workflow.nodes());
        assertThat(changed.viewport()).isEqualTo(viewport);
        assertThat(changed.sourceTemplateId()).isEqualTo(TemplateId.of("t"));
        assertThat(changed.updatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(changed.createdAt()).isEqualTo(T0);
    }

    @Test
    void name_and_status_cannot_be_cleared() {
        assertThatThrownBy(() -> change(Change.to(null), null, null, null, null)).isInstanceOf(ValidationException.class)
                .hasMessage("name cannot be null");
        assertThatThrownBy(() -> change(null, null, Change.to(null), null, null)).isInstanceOf(ValidationException.class)
                .hasMessage("status cannot be null");
    }

    @Test
    void confidence_tags_and_elements_are_bounded() {
        Workflow workflow = Workflow.create("Flow", null, T0);

        assertThatThrownBy(() -> workflow.apply(change(null, null, null, null, Change.to(101)), T0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> workflow.apply(change(null, null, null, null, Change.to(-1)), T0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> workflow.apply(change(null, null, null, Change.to(List.of("")), null), T0))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> workflow.apply(change(null, null, null,
                Change.to(Collections.nCopies(Workflow.TAGS_MAX + 1, "t")), null), T0)).isInstanceOf(ValidationException.class);
        List<Map<String, Object>> withHole = new ArrayList<>();
        withHole.add(null);
        assertThatThrownBy(() -> workflow.apply(new WorkflowChange(null, null, Change.to(withHole), null, null, null, null, null,
                null, null, null, null, null), T0)).isInstanceOf(ValidationException.class).hasMessage("nodes must hold objects only");
    }
}
