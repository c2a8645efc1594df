package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.domain.clisession.CliSession;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

public class InMemoryCliSessionRepository implements CliSessionRepository, InMemoryStore {
    private final Map<String, CliSession> sessionsBySessionId = new LinkedHashMap<>();

    @Override
    public synchronized void upsertAll(Collection<CliSession> sessions) {
        if (sessions.stream().map(CliSession::sessionId).distinct().count() != sessions.size()) {
            throw new IllegalArgumentException("The session ids of one upsert must differ");
        }
        for (CliSession session : sessions) {
            CliSession stored = sessionsBySessionId.get(session.sessionId());
            sessionsBySessionId.put(session.sessionId(), stored == null ? session : session.withIdentity(stored.id(), stored.createdAt()));
        }
    }

    @Override
    public synchronized Optional<CliSession> findBySessionId(String sessionId) {
        return Optional.ofNullable(sessionsBySessionId.get(sessionId));
    }

    @Override
    public synchronized List<CliSession> findBySessionIds(Collection<String> sessionIds) {
        return sessionIds.stream().distinct().map(sessionsBySessionId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized long countRecentlyActive(String projectHash, Long activeAfterEpochMillis) {
        return findRecentlyActive(projectHash, activeAfterEpochMillis, Integer.MAX_VALUE).size();
    }

    @Override
    public synchronized int deleteBySessionIds(Collection<String> sessionIds) {
        return (int) sessionIds.stream().distinct().filter(id -> sessionsBySessionId.remove(id) != null).count();
    }

    @Override
    public synchronized List<CliSession> findRecentlyActive(String projectHash, Long activeAfterEpochMillis, int limit) {
        return sessionsBySessionId.values().stream()
                .filter(session -> projectHash == null || session.projectHash().equals(projectHash))
                .filter(session -> activeAfterEpochMillis == null || session.lastActivityAt() > activeAfterEpochMillis)
                .sorted(Comparator.comparingLong(CliSession::lastActivityAt).thenComparing(CliSession::sessionId).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized int deleteInactiveBefore(long cutoffEpochMillis) {
        int before = sessionsBySessionId.size();
        sessionsBySessionId.values().removeIf(session -> session.lastActivityAt() < cutoffEpochMillis);
        return before - sessionsBySessionId.size();
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(sessionsBySessionId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        sessionsBySessionId.clear();
        sessionsBySessionId.putAll((Map<String, CliSession>) snapshot);
    }

    @Override
    public synchronized void clear() {
        sessionsBySessionId.clear();
    }
}
