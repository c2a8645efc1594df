package dev.agentpane.domain.workflow;

import dev.agentpane.domain.template.TemplateId;

/** A workflow may name only a template that exists as its source. */
public class SourceTemplateNotFoundException extends RuntimeException {
    private final TemplateId templateId;

    public SourceTemplateNotFoundException(TemplateId templateId) {
        super("Template not found: " + templateId);
        this.templateId = templateId;
    }

    public TemplateId templateId() {
        return templateId;
    }
}
