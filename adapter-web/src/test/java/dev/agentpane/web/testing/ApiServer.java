package dev.agentpane.web.testing;

/** A running API for a contract-test class: the web adapter over fakes, or the whole application on a database. */
public interface ApiServer extends AutoCloseable {
    ApiClient client();

    /**
     * An outbound port of the running application (the fake, or the real repository), for tests that arrange data no
     * route writes yet; or one of its use cases, for tests that run what a schedule runs.
     */
    default <T> T port(Class<T> portType) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " offers no ports");
    }

    /** Deletes every stored row, so that each test starts from an empty store. */
    void reset();

    @Override
    void close();
}
