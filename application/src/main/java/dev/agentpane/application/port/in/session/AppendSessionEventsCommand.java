package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;

/** Events to append to one session's log, in this order, as one unit. */
public record AppendSessionEventsCommand(SessionId sessionId, List<Event> events) {
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

    /**
     * One event a client appends.
     *
     * @param channel   null to derive it from the type ({@link dev.agentpane.domain.sessionevent.SessionEventChannel})
     * @param data      any JSON value but null, as plain Java values
     * @param timestamp epoch milliseconds; null for now
     */
    public record Event(String type, String channel, Object data, Long timestamp) {
        public static final int TYPE_MAX = 100;
        public static final int CHANNEL_MAX = 100;

        public Event {
            type = Text.required(type, TYPE_MAX, "type");
            channel = channel == null ? null : Text.required(channel, CHANNEL_MAX, "channel");
            Objects.requireNonNull(data, "data");
            if (timestamp != null && timestamp < 0) {
                throw new ValidationException("timestamp must not be negative");
            }
        }
    }
}
