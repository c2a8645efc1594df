package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SessionSummaryRepository;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionsummary.SessionSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public class InMemorySessionSummaryRepository implements SessionSummaryRepository, InMemoryStore {
    private final Map<SessionId, SessionSummary> summaries = new LinkedHashMap<>();

    @Override
    public synchronized void upsert(SessionSummary summary) {
        SessionSummary stored = summaries.get(summary.sessionId());
        summaries.put(summary.sessionId(), stored == null ? summary
                : SessionSummary.withId(stored.id(), summary.sessionId(), summary.durationMs(), summary.turnsCount(),
                        summary.tokensUsed(), summary.filesModified(), summary.linesAdded(), summary.linesRemoved(),
                        summary.finalStatus(), summary.updatedAt()));
    }

    @Override
    public synchronized Optional<SessionSummary> findBySession(SessionId sessionId) {
        return Optional.ofNullable(summaries.get(sessionId));
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(summaries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        summaries.clear();
        summaries.putAll((Map<SessionId, SessionSummary>) snapshot);
    }

    @Override
    public synchronized void clear() {
        summaries.clear();
    }
}
