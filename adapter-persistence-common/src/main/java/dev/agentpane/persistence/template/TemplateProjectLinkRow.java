package dev.agentpane.persistence.template;

/** One row of {@code template_projects}, without its creation time, which nothing reads. */
public record TemplateProjectLinkRow(String templateId, String projectId) {
}
