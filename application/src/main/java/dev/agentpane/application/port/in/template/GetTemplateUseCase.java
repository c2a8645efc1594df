package dev.agentpane.application.port.in.template;

import dev.agentpane.domain.template.Template;
import dev.agentpane.domain.template.TemplateId;

public interface GetTemplateUseCase {
    /** @throws dev.agentpane.domain.template.TemplateNotFoundException when no template has the id */
    Template get(TemplateId id);
}
