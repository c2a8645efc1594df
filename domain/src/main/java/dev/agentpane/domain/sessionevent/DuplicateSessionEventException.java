package dev.agentpane.domain.sessionevent;

/** An event with this id is already in a log; appending it again would fail again, so this is not worth a retry. */
public class DuplicateSessionEventException extends RuntimeException {
    public DuplicateSessionEventException(SessionEventId id) {
        super("A session event with this id already exists: " + id);
    }
}
