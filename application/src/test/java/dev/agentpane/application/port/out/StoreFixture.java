package dev.agentpane.application.port.out;

/**
 * A store behind the outbound ports, opened once per contract-test class: a real database (SQLite, PostgreSQL 18)
 * or the in-memory fakes.
 */
public interface StoreFixture extends AutoCloseable {
    <T> T port(Class<T> portType);

    /** Deletes every row, so that each test starts from an empty store. */
    void reset();

    @Override
    void close();
}
