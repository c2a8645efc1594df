package dev.agentpane.application.port.out;

import dev.agentpane.domain.plan.PlanSession;
import dev.agentpane.domain.plan.PlanSessionId;
import java.util.Optional;

/** Plan sessions; each belongs to a task and a project, and goes when either is deleted. */
public interface PlanSessionRepository {
    void insert(PlanSession session);

    /** Stores every field of an existing session; returns false when no session has its id. */
    boolean update(PlanSession session);

    Optional<PlanSession> findById(PlanSessionId id);

    /** Returns false when no session has the id. */
    boolean deleteById(PlanSessionId id);
}
