package dev.agentpane.application.port.out;

import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionevent.DuplicateSessionEventException;
import dev.agentpane.domain.sessionevent.NewSessionEvent;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.sessionevent.SessionEventId;
import dev.agentpane.domain.sessionevent.SessionEventOffsetTakenException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Each session's append-only event log. Events are never changed; they go when their session is deleted. */
public interface SessionEventRepository {
    /**
     * Appends the event after the last one of its session, in one transaction, and returns it with its offset
     * (0 for a session's first event). Appends to one session queue on a lock of the session, so concurrent appenders
     * never read the same last offset.
     *
     * @throws SessionEventOffsetTakenException when a writer that bypassed that lock took the same offset
     * @throws DuplicateSessionEventException   when an event with the same id exists
     */
    default SessionEvent append(NewSessionEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    /**
     * Appends the events, in their order, after the last one of their session (they all belong to one), as one write:
     * their offsets are consecutive. The statements do not grow with the number of events.
     *
     * @throws SessionEventOffsetTakenException when a writer that bypassed the session's lock took one of the offsets
     * @throws DuplicateSessionEventException   when an event with one of the ids exists, or two of them share one
     */
    List<SessionEvent> appendAll(List<NewSessionEvent> events);

    Optional<SessionEvent> findById(SessionEventId id);

    /**
     * At most {@code limit} events of the session in offset order, from offset {@code fromOffset} on. Offsets of a
     * session run 0, 1, 2, … without gaps, so this is also the page that skips the first {@code fromOffset} events.
     */
    List<SessionEvent> findBySession(SessionId sessionId, long fromOffset, int limit);

    long countBySession(SessionId sessionId);

    /** The offset of the session's last event; empty while it has none. */
    OptionalLong findLatestOffset(SessionId sessionId);
}
