package dev.agentpane.persistence.portability;

import java.sql.Connection;
import java.sql.SQLException;

/** Opening the databases of a command, with failures worded for the person who runs it. */
final class Connections {
    private Connections() {
    }

    /** @param role "source" or "target", for the message */
    static Connection open(PortableDatabase database, String role) {
        try {
            return database.open();
        } catch (SQLException | RuntimeException e) {
            if (e instanceof PortabilityException portability) {
                throw portability;
            }
            throw new PortabilityException(PortabilityException.Kind.FAILED,
                    "Cannot reach the " + role + " " + database + ": " + message(e), e);
        }
    }

    /** The innermost message of a failure, first line only. */
    static String message(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof PortabilityException)) {
            root = root.getCause();
        }
        if (root instanceof PortabilityException) {
            return root.getMessage();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }
}
