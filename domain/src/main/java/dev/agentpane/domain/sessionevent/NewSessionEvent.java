package dev.agentpane.domain.sessionevent;

import dev.agentpane.domain.session.SessionId;
import java.time.Instant;
import java.util.Objects;

/**
 * An event handed to the session's log, before the log gives it its offset.
 *
 * @param type      open set of strings ({@code chunk}, {@code tool:start}, {@code container-agent:token}, …)
 * @param channel   the group the writer files the type under ({@code chunks}, {@code toolCalls}, {@code containerAgent}, …)
 * @param data      the payload: any JSON value as plain Java values (Map, List, String, Long, Double, Boolean)
 * @param timestamp when the event happened, in epoch milliseconds
 * @param userId    never written by the original; kept for its column
 */
public record NewSessionEvent(
        SessionEventId id,
        SessionId sessionId,
        String type,
        String channel,
        Object data,
        long timestamp,
        String userId,
        Instant createdAt) {

    public static final int TYPE_MAX = 200;
    public static final int CHANNEL_MAX = 200;

    public NewSessionEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        type = SessionEventRules.type(type);
        channel = SessionEventRules.channel(channel);
        data = SessionEventRules.data(data);
        userId = SessionEventRules.userId(userId);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static NewSessionEvent create(SessionId sessionId, String type, String channel, Object data, long timestamp,
            Instant now) {
        return new NewSessionEvent(SessionEventId.generate(now.toEpochMilli()), sessionId, type, channel, data,
                timestamp, null, now);
    }

    /** An event whose id the writer chose (the original lets a publisher pass its own event id). */
    public static NewSessionEvent withId(SessionEventId id, SessionId sessionId, String type, String channel, Object data,
            long timestamp, String userId, Instant createdAt) {
        return new NewSessionEvent(id, sessionId, type, channel, data, timestamp, userId, createdAt);
    }

    public SessionEvent atOffset(long offset) {
        return new SessionEvent(id, sessionId, offset, type, channel, data, timestamp, userId, createdAt);
    }
}
