package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;

/** Events to append to one session's log, in this order, as one unit. */
public record AppendSessionEventsCommand(SessionId sessionId, List<SessionEventDraft> events) {
    public static final int MAX_EVENTS = 500;

    public AppendSessionEventsCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new ValidationException("At least one event is required");
        }
        if (events.size() > MAX_EVENTS) {
            throw new ValidationException("At most " + MAX_EVENTS + " events may be appended at once");
        }
    }
}
