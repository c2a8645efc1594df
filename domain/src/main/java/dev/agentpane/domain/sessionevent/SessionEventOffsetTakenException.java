package dev.agentpane.domain.sessionevent;

import dev.agentpane.domain.session.SessionId;

/**
 * Another writer appended to the same session's log at the same moment and took the offset first. Nothing was
 * stored; appending again (outside any transaction that saw the failure) assigns the next free offset.
 */
public class SessionEventOffsetTakenException extends RuntimeException {
    public SessionEventOffsetTakenException(SessionId sessionId, long offset) {
        super("Offset " + offset + " of session " + sessionId + " was taken by a concurrent append");
    }
}
