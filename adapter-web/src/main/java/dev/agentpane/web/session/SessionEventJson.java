package dev.agentpane.web.session;

import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.web.api.WireJson;

/**
 * A stored event on the wire. {@code offset} is the event's stored place in its session's log (0-based), the number
 * the live stream and {@code ?offset=} use; the original left it out here and renumbered replays from 1.
 */
public record SessionEventJson(
        String id,
        String sessionId,
        long offset,
        String type,
        String channel,
        Object data,
        long timestamp,
        String userId,
        String createdAt) {

    public static SessionEventJson of(SessionEvent event) {
        return new SessionEventJson(event.id().value(), event.sessionId().value(), event.offset(), event.type(), event.channel(),
                event.data(), event.timestamp(), event.userId(), WireJson.instant(event.createdAt()));
    }
}
