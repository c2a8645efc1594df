package dev.agentpane.persistence.workflow;

import java.time.Instant;

/**
 * One row of {@code workflows}; nodes, edges, viewport and tags are the JSON text of their columns, {@code nameFolded}
 * and {@code descriptionFolded} the case-folded copies that searches compare against.
 */
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
        Instant updatedAt,
        String nameFolded,
        String descriptionFolded) {
}
