package dev.agentpane.web.workflow;

import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.web.api.WireJson;
import java.util.List;
import java.util.Map;

/** A workflow on the wire: every column of the original's row in camelCase (reference §1.25), JSON fields as stored. */
public record WorkflowJson(
        String id,
        String name,
        String description,
        List<Map<String, Object>> nodes,
        List<Map<String, Object>> edges,
        String sourceTemplateId,
        String sourceTemplateName,
        Map<String, Object> viewport,
        String status,
        List<String> tags,
        String thumbnail,
        Boolean aiGenerated,
        String aiModel,
        Integer aiConfidence,
        String createdAt,
        String updatedAt) {

    public static WorkflowJson of(Workflow workflow) {
        return new WorkflowJson(workflow.id().value(), workflow.name(), workflow.description(), workflow.nodes(),
                workflow.edges(), workflow.sourceTemplateId() == null ? null : workflow.sourceTemplateId().value(),
                workflow.sourceTemplateName(), workflow.viewport(), workflow.status().wireValue(), workflow.tags(),
                workflow.thumbnail(), workflow.aiGenerated(), workflow.aiModel(), workflow.aiConfidence(),
                WireJson.instant(workflow.createdAt()), WireJson.instant(workflow.updatedAt()));
    }
}
