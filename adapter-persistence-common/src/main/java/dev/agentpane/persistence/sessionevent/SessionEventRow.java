package dev.agentpane.persistence.sessionevent;

import java.time.Instant;

/** One row of {@code session_events}; {@code data} is the JSON text of the payload. */
public record SessionEventRow(
        String id,
        String sessionId,
        Long eventOffset,
        String type,
        String channel,
        String data,
        Long eventTimestamp,
        String userId,
        Instant createdAt) {
}
