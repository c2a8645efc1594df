package dev.agentpane.application.port.out;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;
import java.util.List;
import java.util.Optional;

public interface SessionRepository {
    void insert(Session session);

    /** Stores every field of an existing session; returns false when no session has its id. */
    boolean update(Session session);

    Optional<Session> findById(SessionId id);

    /** Sessions of every project, most recently updated first (ties: id, newest first): {@code GET /api/sessions}. */
    List<Session> findRecentlyUpdated(int limit, int offset);

    /** The project's sessions, newest first (ties: id, newest first). */
    List<Session> findByProject(ProjectId projectId, int limit, int offset);

    long countByProject(ProjectId projectId);

    /** The task's sessions, newest first. */
    List<Session> findByTask(String taskId);

    /** Returns false when no session has the id; the session's events and summary go with it. */
    boolean deleteById(SessionId id);
}
