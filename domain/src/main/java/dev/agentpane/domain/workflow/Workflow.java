package dev.agentpane.domain.workflow;

import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.template.TemplateId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A visual workflow designer document. {@link #create} makes a new one, {@link #withId} rebuilds a stored one,
 * {@link #apply} changes one.
 *
 * @param nodes            the designer's nodes as the JSON objects they are (a union of eight node types whose
 *                         fields this server does not interpret), so nothing the designer stores is lost; null when
 *                         never saved, like {@code edges}
 * @param sourceTemplateId the template it was generated from; becomes null when that template is deleted
 * @param viewport         the canvas position and zoom ({@code {x, y, zoom}}) as the JSON object the designer sent
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
        Map<String, Object> viewport,
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
    public static final int ELEMENTS_MAX = 10_000;
    public static final int TAGS_MAX = 100;
    public static final int TAG_MAX = 100;
    /** A thumbnail is a data URL; the request body limit bounds it first. */
    public static final int THUMBNAIL_MAX = 4 * 1024 * 1024;
    public static final int MODEL_MAX = 200;
    public static final int CONFIDENCE_MIN = 0;
    public static final int CONFIDENCE_MAX = 100;

    public Workflow {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, NAME_MAX, "Name");
        description = Text.optional(description, DESCRIPTION_MAX, "Description");
        nodes = elements(nodes, "nodes");
        edges = elements(edges, "edges");
        sourceTemplateName = Text.optional(sourceTemplateName, NAME_MAX, "Source template name");
        viewport = viewport == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(viewport));
        Objects.requireNonNull(status, "status");
        tags = tags == null ? null : checkedTags(tags);
        thumbnail = Text.optional(thumbnail, THUMBNAIL_MAX, "Thumbnail");
        aiModel = Text.optional(aiModel, MODEL_MAX, "aiModel");
        if (aiConfidence != null) {
            Text.inRange(aiConfidence, CONFIDENCE_MIN, CONFIDENCE_MAX, "aiConfidence");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** JSON objects may hold nulls, which {@link List#copyOf} and {@link Map#copyOf} refuse. */
    private static List<Map<String, Object>> elements(List<Map<String, Object>> elements, String field) {
        if (elements == null) {
            return null;
        }
        if (elements.size() > ELEMENTS_MAX) {
            throw new ValidationException(field + " may hold at most " + ELEMENTS_MAX + " elements");
        }
        if (elements.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException(field + " must hold objects only");
        }
        return Collections.unmodifiableList(new ArrayList<>(elements));
    }

    private static List<String> checkedTags(List<String> tags) {
        if (tags.size() > TAGS_MAX) {
            throw new ValidationException("tags may hold at most " + TAGS_MAX + " tags");
        }
        tags.forEach(tag -> Text.required(tag, TAG_MAX, "Tag"));
        return List.copyOf(tags);
    }

    /** A new draft with only a name and description; the designer fills in the rest. */
    public static Workflow create(String name, String description, Instant now) {
        return new Workflow(WorkflowId.generate(now.toEpochMilli()), name, description, null, null, null, null, null,
                WorkflowStatus.DRAFT, null, null, null, null, null, now, now);
    }

    /** A new workflow with the requested fields; those not requested are empty, and the status is draft. */
    public static Workflow create(WorkflowChange fields, Instant now) {
        if (!fields.name().isChanged()) {
            throw new ValidationException("Name is required");
        }
        return create(fields.name().applyTo(null), null, now).apply(fields, now);
    }

    public static Workflow withId(WorkflowId id, String name, String description, List<Map<String, Object>> nodes,
            List<Map<String, Object>> edges, TemplateId sourceTemplateId, String sourceTemplateName,
            Map<String, Object> viewport, WorkflowStatus status, List<String> tags, String thumbnail,
            Boolean aiGenerated, String aiModel, Integer aiConfidence, Instant createdAt, Instant updatedAt) {
        return new Workflow(id, name, description, nodes, edges, sourceTemplateId, sourceTemplateName, viewport,
                status, tags, thumbnail, aiGenerated, aiModel, aiConfidence, createdAt, updatedAt);
    }

    /** This workflow with the requested fields changed and {@code updatedAt} = now. */
    public Workflow apply(WorkflowChange change, Instant now) {
        return new Workflow(id, change.name().applyTo(name), change.description().applyTo(description),
                change.nodes().applyTo(nodes), change.edges().applyTo(edges),
                change.sourceTemplateId().applyTo(sourceTemplateId),
                change.sourceTemplateName().applyTo(sourceTemplateName), change.viewport().applyTo(viewport),
                change.status().applyTo(status), change.tags().applyTo(tags), change.thumbnail().applyTo(thumbnail),
                change.aiGenerated().applyTo(aiGenerated), change.aiModel().applyTo(aiModel),
                change.aiConfidence().applyTo(aiConfidence), createdAt, now);
    }

    /** The same workflow without its source template (the template was deleted). */
    public Workflow withoutSourceTemplate() {
        return new Workflow(id, name, description, nodes, edges, null, sourceTemplateName, viewport, status, tags,
                thumbnail, aiGenerated, aiModel, aiConfidence, createdAt, updatedAt);
    }
}
