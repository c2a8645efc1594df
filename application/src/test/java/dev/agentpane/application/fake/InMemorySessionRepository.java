package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

public class InMemorySessionRepository implements SessionRepository, InMemoryStore {
    private static final Comparator<Session> NEWEST_FIRST = newestFirstBy(Session::createdAt);
    private static final Comparator<Session> RECENTLY_UPDATED_FIRST = newestFirstBy(Session::updatedAt);

    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();

    private static Comparator<Session> newestFirstBy(Function<Session, Instant> time) {
        return Comparator.comparing(time).thenComparing(session -> session.id().value()).reversed();
    }

    @Override
    public synchronized void insert(Session session) {
        sessions.put(session.id(), session);
    }

    @Override
    public synchronized boolean update(Session session) {
        return sessions.replace(session.id(), session) != null;
    }

    @Override
    public synchronized Optional<Session> findById(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized List<Session> findRecentlyUpdated(int limit, int offset) {
        return sessions.values().stream().sorted(RECENTLY_UPDATED_FIRST).skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized List<Session> findByProject(ProjectId projectId, int limit, int offset) {
        return select(session -> session.projectId().equals(projectId)).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized long countByProject(ProjectId projectId) {
        return select(session -> session.projectId().equals(projectId)).size();
    }

    @Override
    public synchronized List<Session> findByTask(String taskId) {
        return select(session -> taskId.equals(session.taskId()));
    }

    @Override
    public synchronized boolean deleteById(SessionId id) {
        return sessions.remove(id) != null;
    }

    private List<Session> select(Predicate<Session> filter) {
        return sessions.values().stream().filter(filter).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(sessions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        sessions.clear();
        sessions.putAll((Map<SessionId, Session>) snapshot);
    }

    @Override
    public synchronized void clear() {
        sessions.clear();
    }
}
