package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.domain.clisession.CliSession;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class InMemoryCliSessionRepository implements CliSessionRepository, InMemoryStore {
    private final Map<String, CliSession> sessionsBySessionId = new LinkedHashMap<>();

    @Override
    public synchronized void upsert(CliSession session) {
        CliSession stored = sessionsBySessionId.get(session.sessionId());
        sessionsBySessionId.put(session.sessionId(), stored == null ? session : CliSession.withId(stored.id(),
                session.sessionId(), session.filePath(), session.cwd(), session.projectName(), session.projectHash(),
                session.gitBranch(), session.status(), session.messageCount(), session.turnCount(), session.goal(),
                session.recentOutput(), session.pendingToolUse(), session.tokenUsage(), session.performanceMetrics(),
                session.model(), session.startedAt(), session.lastActivityAt(), session.isSubagent(),
                session.parentSessionId(), stored.createdAt(), session.updatedAt()));
    }

    @Override
    public synchronized Optional<CliSession> findBySessionId(String sessionId) {
        return Optional.ofNullable(sessionsBySessionId.get(sessionId));
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
    public synchronized boolean deleteBySessionId(String sessionId) {
        return sessionsBySessionId.remove(sessionId) != null;
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
