package dev.agentpane.application.port.out;

import dev.agentpane.domain.clisession.CliSession;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** CLI sessions as the monitor daemon last reported them, keyed by the daemon's session id. */
public interface CliSessionRepository {
    /**
     * Stores a newly reported session, or replaces every reported field of the stored session with the same session
     * id; a replaced session keeps its stored id and creation time.
     */
    default void upsert(CliSession session) {
        upsertAll(List.of(session));
    }

    /**
     * {@link #upsert} for many sessions at once, in as few statements as the database allows (one per few hundred
     * sessions). The session ids must differ from each other.
     */
    void upsertAll(Collection<CliSession> sessions);

    Optional<CliSession> findBySessionId(String sessionId);

    /** The stored sessions among {@code sessionIds}, in no particular order; unknown ids are skipped. */
    List<CliSession> findBySessionIds(Collection<String> sessionIds);

    /**
     * The most recently active sessions first, at most {@code limit}.
     *
     * @param projectHash           only this project's sessions; all projects when null
     * @param activeAfterEpochMillis only sessions active strictly after this time; any time when null
     */
    List<CliSession> findRecentlyActive(String projectHash, Long activeAfterEpochMillis, int limit);

    /** How many sessions {@link #findRecentlyActive} would find without a limit. */
    long countRecentlyActive(String projectHash, Long activeAfterEpochMillis);

    /** Returns false when no session has the session id. */
    default boolean deleteBySessionId(String sessionId) {
        return deleteBySessionIds(List.of(sessionId)) == 1;
    }

    /** Deletes the sessions with these session ids and returns how many there were; unknown ids are skipped. */
    int deleteBySessionIds(Collection<String> sessionIds);

    /** Deletes the sessions last active strictly before the cut-off and returns how many there were. */
    int deleteInactiveBefore(long cutoffEpochMillis);
}
