package dev.agentpane.application.port.in.template;

import dev.agentpane.domain.template.TemplateChange;
import dev.agentpane.domain.template.TemplateId;
import java.util.Objects;

/** A partial update of a template; a new project set must name existing projects only. */
public record UpdateTemplateCommand(TemplateId id, TemplateChange change) {
    public UpdateTemplateCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        if (change.projectIds() != null) {
            CreateTemplateCommand.requireProjectCount(change.projectIds());
        }
    }
}
