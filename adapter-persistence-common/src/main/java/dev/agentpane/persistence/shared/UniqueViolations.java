package dev.agentpane.persistence.shared;

import java.sql.SQLException;

/** How a dialect's driver reports a violated unique or primary-key constraint. */
@FunctionalInterface
public interface UniqueViolations {
    boolean isUniqueViolation(SQLException exception);

    /** True when {@code failure} or one of its causes is a unique violation. */
    default boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
