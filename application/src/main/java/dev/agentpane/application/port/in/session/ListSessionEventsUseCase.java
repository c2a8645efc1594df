package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.shared.Text;

public interface ListSessionEventsUseCase {
    int DEFAULT_LIMIT = 100;
    int MAX_LIMIT = 1000;

    /**
     * At most {@code limit} events in offset order, skipping the first {@code offset}.
     *
     * @throws dev.agentpane.domain.session.SessionNotFoundException when no session has the id
     */
    SessionEventPage events(SessionId id, int limit, int offset);

    static void checkPage(int limit, int offset) {
        Text.inRange(limit, 1, MAX_LIMIT, "limit");
        Text.inRange(offset, 0, Integer.MAX_VALUE, "offset");
    }
}
