package dev.agentpane.domain.template;

public class TemplateNotFoundException extends RuntimeException {
    public TemplateNotFoundException(TemplateId id) {
        super("Template not found: " + id);
    }
}
