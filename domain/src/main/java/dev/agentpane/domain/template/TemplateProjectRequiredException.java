package dev.agentpane.domain.template;

import dev.agentpane.domain.shared.ValidationException;

/** A project-scoped template serves at least one project. */
public class TemplateProjectRequiredException extends ValidationException {
    public TemplateProjectRequiredException() {
        super("Project ID is required for project-scoped templates");
    }
}
