package dev.agentpane.persistence.shared;

import java.sql.SQLException;
import java.util.function.Supplier;

/** How a dialect's driver reports a violated unique or primary-key constraint. */
@FunctionalInterface
public interface UniqueViolations {
    boolean isUniqueViolation(SQLException exception);

    /** Runs {@code write}; when it breaks a unique constraint, throws the exception {@code duplicate} makes instead. */
    default void translate(Runnable write, Supplier<? extends RuntimeException> duplicate) {
        translating(() -> {
            write.run();
            return null;
        }, duplicate);
    }

    /** Like {@link #translate}, for a write that returns something (a found flag, a count). */
    default <T> T translating(Supplier<T> write, Supplier<? extends RuntimeException> duplicate) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (causedBy(e)) {
                throw duplicate.get();
            }
            throw e;
        }
    }

    /** True when {@code failure} or one of its causes is a unique violation. */
    default boolean causedBy(Throwable failure) {
        return SqlFailures.causedBy(failure, this::isUniqueViolation);
    }
}
