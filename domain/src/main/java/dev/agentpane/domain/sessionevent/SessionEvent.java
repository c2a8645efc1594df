package dev.agentpane.domain.sessionevent;

import dev.agentpane.domain.session.SessionId;
import java.time.Instant;
import java.util.Objects;

/**
 * An event in a session's append-only log (see {@link NewSessionEvent} for the fields).
 *
 * @param offset its place in the session's log: 0 for the first event, then one more for each
 */
public record SessionEvent(
        SessionEventId id,
        SessionId sessionId,
        long offset,
        String type,
        String channel,
        Object data,
        long timestamp,
        String userId,
        Instant createdAt) {

    public SessionEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        type = SessionEventRules.type(type);
        channel = SessionEventRules.channel(channel);
        data = SessionEventRules.data(data);
        userId = SessionEventRules.userId(userId);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
