package dev.agentpane.application.port.in.template;

import dev.agentpane.domain.template.TemplateId;

public interface SyncTemplateUseCase {
    /**
     * Syncs the template's skills, commands and agents from GitHub. Until the GitHub integration exists, every sync
     * of an existing template is refused as unavailable.
     *
     * @throws dev.agentpane.domain.template.TemplateNotFoundException when no template has the id
     * @throws dev.agentpane.domain.shared.SyncUnavailableException when the template exists (GitHub sync comes later)
     */
    void sync(TemplateId id);
}
