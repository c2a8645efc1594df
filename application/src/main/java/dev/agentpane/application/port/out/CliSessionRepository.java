package dev.agentpane.application.port.out;

import dev.agentpane.domain.clisession.CliSession;
import java.util.List;
import java.util.Optional;

/** CLI sessions as the monitor daemon last reported them, keyed by the daemon's session id. */
public interface CliSessionRepository {
    /**
     * Stores a newly reported session, or replaces every reported field of the stored session with the same session
     * id; a replaced session keeps its stored id and creation time.
     */
    void upsert(CliSession session);

    Optional<CliSession> findBySessionId(String sessionId);

    /**
     * The most recently active sessions first, at most {@code limit}.
     *
     * @param projectHash           only this project's sessions; all projects when null
     * @param activeAfterEpochMillis only sessions active strictly after this time; any time when null
     */
    List<CliSession> findRecentlyActive(String projectHash, Long activeAfterEpochMillis, int limit);

    /** Returns false when no session has the session id. */
    boolean deleteBySessionId(String sessionId);

    /** Deletes the sessions last active strictly before the cut-off and returns how many there were. */
    int deleteInactiveBefore(long cutoffEpochMillis);
}
