package dev.agentpane.application.fake;

/** A fake whose whole state can be copied and put back, so that {@link InMemoryTransactionRunner} can roll back. */
interface InMemoryStore {
    Object snapshot();

    void restore(Object snapshot);

    void clear();
}
