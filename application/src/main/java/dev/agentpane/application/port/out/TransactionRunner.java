package dev.agentpane.application.port.out;

import java.util.function.Supplier;

/** Runs a multi-step write as one transaction: all of it is stored, or none of it. */
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
