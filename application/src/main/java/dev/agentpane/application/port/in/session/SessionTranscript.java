package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.sessionevent.SessionEvent;
import java.time.Instant;
import java.util.List;

/** A session with its first events (at most {@link #MAX_EVENTS}), as of {@code exportedAt}, for an export. */
public record SessionTranscript(Session session, List<SessionEvent> events, Instant exportedAt) {
    public static final int MAX_EVENTS = 10_000;

    public SessionTranscript {
        events = List.copyOf(events);
    }
}
