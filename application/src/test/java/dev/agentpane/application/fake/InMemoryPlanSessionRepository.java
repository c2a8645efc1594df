package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.PlanSessionRepository;
import dev.agentpane.domain.plan.PlanSession;
import dev.agentpane.domain.plan.PlanSessionId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Plain storage by id. It does not yet check that the task and project exist nor drop sessions when they are deleted:
 * that comes with the in-memory task repository, together with the plan-session contract.
 */
public class InMemoryPlanSessionRepository implements PlanSessionRepository, InMemoryStore {
    private final Map<PlanSessionId, PlanSession> sessions = new LinkedHashMap<>();

    @Override
    public synchronized void insert(PlanSession session) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("A plan session with this id already exists: " + session.id());
        }
    }

    @Override
    public synchronized boolean update(PlanSession session) {
        return sessions.replace(session.id(), session) != null;
    }

    @Override
    public synchronized Optional<PlanSession> findById(PlanSessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized boolean deleteById(PlanSessionId id) {
        return sessions.remove(id) != null;
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(sessions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        sessions.clear();
        sessions.putAll((Map<PlanSessionId, PlanSession>) snapshot);
    }

    @Override
    public synchronized void clear() {
        sessions.clear();
    }
}
