package dev.agentpane.web.testing;

/** A running API for a contract-test class: the web adapter over fakes, or the whole application on a database. */
public interface ApiServer extends AutoCloseable {
    ApiClient client();

    /** Deletes every stored row, so that each test starts from an empty store. */
    void reset();

    @Override
    void close();
}
