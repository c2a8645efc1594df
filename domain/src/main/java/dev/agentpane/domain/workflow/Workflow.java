package dev.agentpane.domain.workflow;

import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.template.TemplateId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A visual workflow designer document. {@link #create} makes a new one, {@link #withId} rebuilds a stored one.
 *
 * @param nodes            the designer's nodes as the JSON objects they are (a union of eight node types whose
 *                         fields this server does not interpret), so nothing the designer stores is lost; null when
 *                         never saved, like {@code edges}
 * @param sourceTemplateId the template it was generated from; becomes null when that template is deleted
 * @param aiGenerated      null when unknown, as in the original
 */
public record Workflow(
        WorkflowId id,
        String name,
        String description,
        List<Map<String, Object>> nodes,
        List<Map<String, Object>> edges,
        TemplateId sourceTemplateId,
        String sourceTemplateName,
        Viewport viewport,
        WorkflowStatus status,
        List<String> tags,
        String thumbnail,
        Boolean aiGenerated,
        String aiModel,
        Integer aiConfidence,
        Instant createdAt,
        Instant updatedAt) {

    public static final int NAME_MAX = 500;
    public static final int DESCRIPTION_MAX = 10_000;

    public Workflow {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, NAME_MAX, "Name");
        description = Text.optional(description, DESCRIPTION_MAX, "Description");
        nodes = unmodifiable(nodes);
        edges = unmodifiable(edges);
        Objects.requireNonNull(status, "status");
        tags = tags == null ? null : List.copyOf(tags);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** JSON objects may hold nulls, which {@link List#copyOf} and {@link Map#copyOf} refuse. */
    private static List<Map<String, Object>> unmodifiable(List<Map<String, Object>> elements) {
        return elements == null ? null : Collections.unmodifiableList(new ArrayList<>(elements));
    }

    /** A new draft with only a name and description; the designer fills in the rest. */
    public static Workflow create(String name, String description, Instant now) {
        return new Workflow(WorkflowId.generate(now.toEpochMilli()), name, description, null, null, null, null, null,
                WorkflowStatus.DRAFT, null, null, null, null, null, now, now);
    }

    public static Workflow withId(WorkflowId id, String name, String description, List<Map<String, Object>> nodes,
            List<Map<String, Object>> edges, TemplateId sourceTemplateId, String sourceTemplateName, Viewport viewport,
            WorkflowStatus status, List<String> tags, String thumbnail, Boolean aiGenerated, String aiModel,
            Integer aiConfidence, Instant createdAt, Instant updatedAt) {
        return new Workflow(id, name, description, nodes, edges, sourceTemplateId, sourceTemplateName, viewport,
                status, tags, thumbnail, aiGenerated, aiModel, aiConfidence, createdAt, updatedAt);
    }
}
