package dev.agentpane.application.port.in.session;

import java.util.List;

public interface AppendSessionEventsUseCase {
    /**
     * Appends every event in one transaction, at consecutive offsets, keeping the session's summary current, then tells
     * the session's live streams.
     *
     * @return the offsets given to the events, in order
     * @throws dev.agentpane.domain.session.SessionNotFoundException               when no session has the id
     * @throws dev.agentpane.domain.sessionevent.SessionEventOffsetTakenException  when concurrent appends kept winning
     */
    List<Long> append(AppendSessionEventsCommand command);
}
