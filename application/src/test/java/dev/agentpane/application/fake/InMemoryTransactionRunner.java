package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.TransactionRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Serialises transactions and restores every registered store when one fails, like a database would. */
public class InMemoryTransactionRunner implements TransactionRunner {
    private final List<InMemoryStore> stores;
    private int depth;

    InMemoryTransactionRunner(List<InMemoryStore> stores) {
        this.stores = stores;
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        List<Object> snapshots = new ArrayList<>();
        stores.forEach(store -> snapshots.add(store.snapshot()));
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            for (int i = 0; i < stores.size(); i++) {
                stores.get(i).restore(snapshots.get(i));
            }
            throw failure;
        } finally {
            depth--;
        }
    }
}
