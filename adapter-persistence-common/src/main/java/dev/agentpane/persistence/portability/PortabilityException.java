package dev.agentpane.persistence.portability;

/**
 * A copy, import or verification that cannot go on, with a message meant for the person who ran it: one line that
 * says what is wrong and what to do. {@link Kind} tells refusals before anything was written from failures and from a
 * verification that found a difference.
 */
public class PortabilityException extends RuntimeException {
    public enum Kind {
        /** Nothing was written: the databases are not in a state the command accepts. */
        REFUSED,
        /** The command failed on the way; its transaction was rolled back (or its checkpoints kept). */
        FAILED,
        /** Source and target differ after the copy. */
        MISMATCH
    }

    private final Kind kind;

    public PortabilityException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PortabilityException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static PortabilityException refused(String message) {
        return new PortabilityException(Kind.REFUSED, message);
    }

    public static PortabilityException failed(String message) {
        return new PortabilityException(Kind.FAILED, message);
    }
}
