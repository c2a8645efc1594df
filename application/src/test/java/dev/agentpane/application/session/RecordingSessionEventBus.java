package dev.agentpane.application.session;

import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.domain.session.SessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** Remembers every notice, in order. */
final class RecordingSessionEventBus implements SessionEventBus {
    record Notice(SessionId sessionId, long latestOffset) {
    }

    final List<Notice> notices = new ArrayList<>();

    @Override
    public synchronized void published(SessionId sessionId, long latestOffset) {
        notices.add(new Notice(sessionId, latestOffset));
    }

    @Override
    public Subscription subscribe(SessionId sessionId, LongConsumer listener) {
        throw new UnsupportedOperationException("not needed by these tests");
    }
}
