package dev.agentpane.application.port.out;

import dev.agentpane.domain.session.SessionId;
import java.util.function.LongConsumer;

/**
 * Tells the live streams of a session that more of its events are stored. It carries no events, only the latest stored
 * offset: a stream reads what it has not sent yet from the event log, so nothing is lost or sent twice, whether the
 * notice comes from this process or (on PostgreSQL) from another instance sharing the database.
 */
public interface SessionEventBus {
    /** Announces, after the commit that stored them, that the session's events up to {@code latestOffset} are stored. */
    void published(SessionId sessionId, long latestOffset);

    /** Calls {@code listener} with the latest stored offset whenever the session's events are published, until closed. */
    Subscription subscribe(SessionId sessionId, LongConsumer listener);

    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
