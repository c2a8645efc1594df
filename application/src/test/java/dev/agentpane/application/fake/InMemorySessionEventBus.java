package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.domain.session.SessionId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;

/** Tells the subscribers of this JVM in the publishing thread. */
public class InMemorySessionEventBus implements SessionEventBus {
    private final Map<SessionId, Set<LongConsumer>> subscribers = new ConcurrentHashMap<>();

    @Override
    public void published(SessionId sessionId, long latestOffset) {
        for (LongConsumer listener : subscribers.getOrDefault(sessionId, Set.of())) {
            try {
                listener.accept(latestOffset);
            } catch (RuntimeException ignored) {
                // one failing subscriber keeps no other from its notice
            }
        }
    }

    @Override
    public Subscription subscribe(SessionId sessionId, LongConsumer listener) {
        LongConsumer own = listener::accept; // a distinct object per subscription, even for the same listener
        subscribers.compute(sessionId, (id, set) -> {
            Set<LongConsumer> listeners = set == null ? new CopyOnWriteArraySet<>() : set;
            listeners.add(own);
            return listeners;
        });
        return () -> subscribers.computeIfPresent(sessionId, (id, set) -> {
            set.remove(own);
            return set.isEmpty() ? null : set;
        });
    }
}
