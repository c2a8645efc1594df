package dev.agentpane.application.port.in.template;

import dev.agentpane.domain.template.Template;

public interface UpdateTemplateUseCase {
    /**
     * Applies the change and replaces the project links, in one transaction.
     *
     * @throws dev.agentpane.domain.template.TemplateNotFoundException when no template has the id
     * @throws dev.agentpane.domain.template.TemplateProjectRequiredException when a project template would serve no project
     * @throws dev.agentpane.domain.project.ProjectNotFoundException when a named project does not exist
     */
    Template update(UpdateTemplateCommand command);
}
