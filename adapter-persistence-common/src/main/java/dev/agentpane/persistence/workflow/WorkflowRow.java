package dev.agentpane.persistence.workflow;

import java.time.Instant;

/** One row of {@code workflows}; nodes, edges, viewport and tags are the JSON text of their columns. */
public record WorkflowRow(
        String id,
        String name,
        String description,
        String nodes,
        String edges,
        String sourceTemplateId,
        String sourceTemplateName,
        String viewport,
        String status,
        String tags,
        String thumbnail,
        Boolean aiGenerated,
        String aiModel,
        Integer aiConfidence,
        Instant createdAt,
        Instant updatedAt) {
}
