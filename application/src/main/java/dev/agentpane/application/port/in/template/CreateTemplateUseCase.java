package dev.agentpane.application.port.in.template;

import dev.agentpane.domain.template.Template;

public interface CreateTemplateUseCase {
    /**
     * Creates the template and its project links in one transaction.
     *
     * @throws dev.agentpane.domain.template.TemplateProjectRequiredException when a project template names no project
     * @throws dev.agentpane.domain.project.ProjectNotFoundException when a named project does not exist
     * @throws dev.agentpane.domain.template.DuplicateTemplateException when the repository already backs a template of the scope
     */
    Template create(CreateTemplateCommand command);
}
