package dev.agentpane.persistence.shared;

import dev.agentpane.application.port.out.TransactionRunner;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One database transaction per call (joined when one is already open); optionally serialised by a write lock. */
public class SpringTransactionRunner implements TransactionRunner {
    private final TransactionTemplate template;
    private final Lock writeLock;

    public SpringTransactionRunner(PlatformTransactionManager transactionManager, Lock writeLock) {
        this.template = new TransactionTemplate(transactionManager);
        this.writeLock = writeLock;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (writeLock == null) {
            return template.execute(status -> work.get());
        }
        // Waiting here, in order, is cheaper and fairer than SQLite's busy handler polling for the file lock.
        writeLock.lock();
        try {
            return template.execute(status -> work.get());
        } finally {
            writeLock.unlock();
        }
    }
}
