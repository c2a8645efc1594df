package dev.agentpane.application.port.in.template;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.template.TemplateScope;

/**
 * Templates, most recently updated first.
 *
 * @param scope     null for both scopes
 * @param projectId null for every template; else the templates serving the project
 */
public record ListTemplatesQuery(TemplateScope scope, ProjectId projectId, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public ListTemplatesQuery {
        Text.inRange(limit, 1, MAX_LIMIT, "limit");
    }
}
