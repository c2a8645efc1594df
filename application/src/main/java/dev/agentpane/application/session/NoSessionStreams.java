package dev.agentpane.application.session;

import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.domain.session.SessionId;
import java.util.function.LongConsumer;

/**
 * A {@link SessionEventBus} that tells nobody: a placeholder for wiring only, until the live session streams (SSE)
 * arrive with their real bus, which replaces this class.
 */
public final class NoSessionStreams implements SessionEventBus {
    @Override
    public void published(SessionId sessionId, long latestOffset) {
        // no live streams yet
    }

    @Override
    public Subscription subscribe(SessionId sessionId, LongConsumer listener) {
        return () -> {
        };
    }
}
