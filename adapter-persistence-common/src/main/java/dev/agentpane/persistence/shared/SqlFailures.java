package dev.agentpane.persistence.shared;

import java.sql.SQLException;
import java.util.function.Predicate;

/** Finding the driver's {@link SQLException} inside the exceptions Spring and MyBatis wrap it in. */
final class SqlFailures {
    private SqlFailures() {
    }

    /** True when {@code failure} or one of its causes is an SQLException that {@code kind} accepts. */
    static boolean causedBy(Throwable failure, Predicate<SQLException> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && kind.test(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
