package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.sessionevent.SessionEvent;
import java.util.List;

/** @param total how many events the session has in all */
public record SessionEventPage(List<SessionEvent> events, long total) {
    public SessionEventPage {
        events = List.copyOf(events);
    }
}
