package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionevent.DuplicateSessionEventException;
import dev.agentpane.domain.sessionevent.NewSessionEvent;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.sessionevent.SessionEventId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** Appends are serialised by the lock, so the fake never reports a taken offset. */
public class InMemorySessionEventRepository implements SessionEventRepository, InMemoryStore {
    private final Map<SessionEventId, SessionEvent> events = new LinkedHashMap<>();

    @Override
    public synchronized List<SessionEvent> appendAll(List<NewSessionEvent> batch) {
        java.util.Set<SessionEventId> ids = new java.util.HashSet<>();
        for (NewSessionEvent event : batch) {
            if (events.containsKey(event.id()) || !ids.add(event.id())) {
                throw new DuplicateSessionEventException(event.id());
            }
        }
        List<SessionEvent> appended = new java.util.ArrayList<>();
        for (NewSessionEvent event : batch) {
            OptionalLong latest = findLatestOffset(event.sessionId());
            SessionEvent stored = event.atOffset(latest.isPresent() ? latest.getAsLong() + 1 : 0);
            events.put(stored.id(), stored);
            appended.add(stored);
        }
        return appended;
    }

    @Override
    public synchronized Optional<SessionEvent> findById(SessionEventId id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public synchronized List<SessionEvent> findBySession(SessionId sessionId, long fromOffset, int limit) {
        return ofSession(sessionId)
                .filter(event -> event.offset() >= fromOffset)
                .sorted(Comparator.comparingLong(SessionEvent::offset))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long countBySession(SessionId sessionId) {
        return ofSession(sessionId).count();
    }

    @Override
    public synchronized OptionalLong findLatestOffset(SessionId sessionId) {
        return ofSession(sessionId).mapToLong(SessionEvent::offset).max();
    }

    private Stream<SessionEvent> ofSession(SessionId sessionId) {
        return events.values().stream().filter(event -> event.sessionId().equals(sessionId));
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(events);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        events.clear();
        events.putAll((Map<SessionEventId, SessionEvent>) snapshot);
    }

    @Override
    public synchronized void clear() {
        events.clear();
    }
}
