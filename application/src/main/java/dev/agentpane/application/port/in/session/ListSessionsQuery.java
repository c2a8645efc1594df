package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.Text;

/**
 * A page of sessions.
 *
 * @param projectId null for every project (most recently updated first); else that project's (newest first)
 */
public record ListSessionsQuery(ProjectId projectId, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public ListSessionsQuery {
        Text.inRange(limit, 1, MAX_LIMIT, "limit");
        Text.inRange(offset, 0, Integer.MAX_VALUE, "offset");
    }
}
