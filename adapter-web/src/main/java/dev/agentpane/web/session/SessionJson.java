package dev.agentpane.web.session;

import dev.agentpane.domain.session.Session;
import dev.agentpane.web.api.WireJson;
import java.util.List;

/**
 * A session on the wire: the original's row in camelCase with explicit nulls, plus {@code presence}. Presence is
 * in-memory state of the original that no route of it fills (reference §4.4); it is always empty here.
 */
public record SessionJson(
        String id,
        String projectId,
        String taskId,
        String agentId,
        String status,
        String title,
        String url,
        String createdAt,
        String updatedAt,
        String closedAt,
        List<Object> presence) {

    public static SessionJson of(Session session) {
        return new SessionJson(session.id().value(), session.projectId().value(), session.taskId(), session.agentId(),
                session.status().wireValue(), session.title(), session.url(), WireJson.instant(session.createdAt()),
                WireJson.instant(session.updatedAt()), WireJson.instant(session.closedAt()), List.of());
    }
}
