package dev.agentpane.persistence.shared;

import java.sql.SQLException;
import java.util.function.Supplier;

/** How a dialect's driver reports a violated foreign key (a row naming a parent that does not exist). */
@FunctionalInterface
public interface ForeignKeyViolations {
    boolean isForeignKeyViolation(SQLException exception);

    /** Runs {@code write}; when it breaks a foreign key, throws the exception {@code missingParent} makes instead. */
    default <T> T translating(Supplier<T> write, Supplier<? extends RuntimeException> missingParent) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (SqlFailures.causedBy(e, this::isForeignKeyViolation)) {
                throw missingParent.get();
            }
            throw e;
        }
    }

    default void translate(Runnable write, Supplier<? extends RuntimeException> missingParent) {
        translating(() -> {
            write.run();
            return null;
        }, missingParent);
    }
}
