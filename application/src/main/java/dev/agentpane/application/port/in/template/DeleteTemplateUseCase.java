package dev.agentpane.application.port.in.template;

import dev.agentpane.domain.template.TemplateId;

public interface DeleteTemplateUseCase {
    /**
     * Deletes the template and its project links; workflows made from it stay, without the reference.
     *
     * @throws dev.agentpane.domain.template.TemplateNotFoundException when no template has the id
     */
    void delete(TemplateId id);
}
