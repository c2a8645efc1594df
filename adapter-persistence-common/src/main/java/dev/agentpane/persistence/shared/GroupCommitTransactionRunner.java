package dev.agentpane.persistence.shared;

import dev.agentpane.application.port.out.TransactionRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The process's write transactions: one writer thread runs the work of every caller, and the work that queued while
 * one transaction ran shares the next one, each piece under its own savepoint.
 *
 * <p>Each caller still gets all of its work stored or none of it: a piece that fails is rolled back to its savepoint
 * and its caller gets its exception, while the rest of the group commits; if the commit fails, every caller of the
 * group gets that failure and nothing of the group is stored. A caller returns only once its work is committed.
 *
 * <p>Why: a commit costs as much as the work or more (SQLite appends the pages to its WAL; durable PostgreSQL waits
 * for its WAL to reach the disk), and the writes of one board queue behind each other's commits anyway (SQLite has one
 * writer, PostgreSQL's board lock is the project row). A group pays one commit, and its work runs back to back on one
 * thread whose connection and caches stay warm (ADR 0012, docs/performance.md).
 */
public final class GroupCommitTransactionRunner implements TransactionRunner, AutoCloseable {
    /**
     * Enough to share a commit among the request threads that wait; small enough to keep a group short, and below the
     * 64 subtransactions a PostgreSQL backend tracks before every snapshot gets slower.
     */
    static final int MOST_PER_GROUP = 32;
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final TransactionTemplate template;
    private final BlockingQueue<Write<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private boolean closed; // guarded by queue

    public GroupCommitTransactionRunner(PlatformTransactionManager transactionManager, String threadName) {
        this.template = new TransactionTemplate(transactionManager);
        this.writer = new Thread(this::writeUntilClosed, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (Thread.currentThread() == writer) {
            return work.get(); // nested: part of the work that runs now
        }
        Write<T> write = new Write<>(work);
        synchronized (queue) { // no write may queue behind the end: nobody would run it
            if (closed) {
                throw new IllegalStateException("The database is closing; the write was not made");
            }
            queue.add(write);
        }
        return write.outcome();
    }

    /** How many writes wait for the writer thread: for monitoring and tests. */
    public int queuedWrites() {
        return queue.size();
    }

    /** Takes no more writes and returns once the queued ones are done. */
    @Override
    public void close() throws InterruptedException {
        synchronized (queue) {
            if (!closed) {
                closed = true;
                queue.add(Write.END);
            }
        }
        writer.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
    }

    private void writeUntilClosed() {
        List<Write<?>> group = new ArrayList<>(MOST_PER_GROUP);
        boolean ending = false;
        while (!ending) {
            group.add(takeIgnoringInterrupts());
            queue.drainTo(group, MOST_PER_GROUP - 1);
            ending = group.remove(Write.END);
            if (!group.isEmpty()) {
                commit(group);
            }
            group.clear();
        }
    }

    private void commit(List<Write<?>> group) {
        try {
            template.executeWithoutResult(status -> {
                if (group.size() == 1) {
                    group.get(0).runAlone();
                } else {
                    group.forEach(write -> write.runUnderSavepoint(status));
                }
            });
        } catch (RuntimeException | Error failure) {
            // Nothing of the group is stored: callers whose own work had failed keep that failure, the rest get this one.
            group.forEach(write -> write.failUnlessFailed(failure));
            return;
        }
        group.forEach(Write::finish);
    }

    /** The writer is this runner's own thread, and only {@link #close} ends it: an interrupt asks nothing of it. */
    private Write<?> takeIgnoringInterrupts() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException ignored) {
                // the flag is now clear; keep waiting for work or the end
            }
        }
    }

    /** One caller's work, its result or failure, and the latch its caller waits on. */
    private static final class Write<T> {
        static final Write<Void> END = new Write<>(() -> null);
        private final Supplier<T> work;
        private final CountDownLatch done = new CountDownLatch(1);
        private T result;
        private Throwable failure;

        Write(Supplier<T> work) {
            this.work = work;
        }

        /** Alone in its transaction: a failure rolls the transaction back. */
        void runAlone() {
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                failure = e;
                throw e;
            }
        }

        void runUnderSavepoint(TransactionStatus status) {
            Object savepoint = status.createSavepoint();
            try {
                result = work.get();
            } catch (RuntimeException e) {
                failure = e;
                status.rollbackToSavepoint(savepoint);
            } catch (Error e) {
                failure = e;
                throw e; // the whole group is rolled back
            }
            status.releaseSavepoint(savepoint);
        }

        void finish() {
            done.countDown();
        }

        void failUnlessFailed(Throwable groupFailure) {
            if (failure == null) {
                failure = groupFailure;
            }
            result = null;
            done.countDown();
        }

        /** Waits, even when interrupted, because the work is already on its way: the caller must learn how it ended. */
        T outcome() {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return result;
        }
    }
}
