package dev.agentpane.application.port.out;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** Base of the port contracts: a subclass names the store; the contract opens it once and empties it before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoreContract {
    private StoreFixture store;

    protected abstract StoreFixture openStore();

    @BeforeAll
    final void openStoreOnce() {
        store = openStore();
    }

    @AfterAll
    final void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    final void startEmpty() {
        store.reset();
    }

    protected <T> T port(Class<T> portType) {
        return store.port(portType);
    }

    protected TransactionRunner transactions() {
        return store.port(TransactionRunner.class);
    }
}
