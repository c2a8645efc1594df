package dev.agentpane.persistence.stream;

import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.domain.session.SessionId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session event bus of one process: a notice reaches this JVM's subscribers, in the publishing thread. Enough
 * for SQLite, whose database only one process serves; PostgreSQL's bus uses it for its local subscribers. Listeners
 * must be quick (a stream only schedules its next read).
 */
public final class InProcessSessionEventBus implements SessionEventBus, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessSessionEventBus.class);
    private final Map<SessionId, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();

    private record Subscriber(LongConsumer listener) {
        // identity equality: each subscription is its own entry, even for the same listener
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    @Override
    public void published(SessionId sessionId, long latestOffset) {
        Set<Subscriber> listeners = subscribers.get(sessionId);
        if (listeners == null) {
            return;
        }
        for (Subscriber subscriber : listeners) {
            try {
                subscriber.listener().accept(latestOffset);
            } catch (RuntimeException e) {
                LOG.warn("A subscriber of session {} failed on offset {}", sessionId, latestOffset, e);
            }
        }
    }

    @Override
    public Subscription subscribe(SessionId sessionId, LongConsumer listener) {
        Subscriber subscriber = new Subscriber(listener);
        subscribers.compute(sessionId, (id, set) -> {
            Set<Subscriber> listeners = set == null ? new CopyOnWriteArraySet<>() : set;
            listeners.add(subscriber);
            return listeners;
        });
        return () -> subscribers.computeIfPresent(sessionId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** The sessions that have subscribers now. */
    public Set<SessionId> subscribedSessions() {
        return Set.copyOf(subscribers.keySet());
    }

    @Override
    public void close() {
        subscribers.clear();
    }
}
