package dev.agentpane.domain.workflow;

import dev.agentpane.domain.shared.Change;
import dev.agentpane.domain.template.TemplateId;
import java.util.List;
import java.util.Map;

/**
 * Requested fields of a workflow, for a new one (a kept field stays empty) or a partial update (a kept field keeps its
 * value). Every field but {@code name} and {@code status} accepts a change to null. A null component means "keep".
 */
public record WorkflowChange(
        Change<String> name,
        Change<String> description,
        Change<List<Map<String, Object>>> nodes,
        Change<List<Map<String, Object>>> edges,
        Change<TemplateId> sourceTemplateId,
        Change<String> sourceTemplateName,
        Change<Map<String, Object>> viewport,
        Change<WorkflowStatus> status,
        Change<List<String>> tags,
        Change<String> thumbnail,
        Change<Boolean> aiGenerated,
        Change<String> aiModel,
        Change<Integer> aiConfidence) {

    public static final WorkflowChange NONE = new WorkflowChange(null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    public WorkflowChange {
        name = Change.orKeep(name).requireValue("name");
        description = Change.orKeep(description);
        nodes = Change.orKeep(nodes);
        edges = Change.orKeep(edges);
        sourceTemplateId = Change.orKeep(sourceTemplateId);
        sourceTemplateName = Change.orKeep(sourceTemplateName);
        viewport = Change.orKeep(viewport);
        status = Change.orKeep(status).requireValue("status");
        tags = Change.orKeep(tags);
        thumbnail = Change.orKeep(thumbnail);
        aiGenerated = Change.orKeep(aiGenerated);
        aiModel = Change.orKeep(aiModel);
        aiConfidence = Change.orKeep(aiConfidence);
    }
}
