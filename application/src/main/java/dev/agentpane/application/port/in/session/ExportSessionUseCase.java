package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionevent.SessionEvent;
import java.time.Instant;
import java.util.List;

public interface ExportSessionUseCase {
    /** @throws dev.agentpane.domain.session.SessionNotFoundException when no session has the id */
    Transcript transcript(SessionId id);

    /** A session with its first events (at most {@link #MAX_EVENTS}), as of {@code exportedAt}, for an export. */
    record Transcript(Session session, List<SessionEvent> events, Instant exportedAt) {
        public static final int MAX_EVENTS = 10_000;

        public Transcript {
            events = List.copyOf(events);
        }
    }
}
