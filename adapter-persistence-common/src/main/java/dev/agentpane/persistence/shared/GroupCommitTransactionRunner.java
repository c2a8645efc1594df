package dev.agentpane.persistence.shared;

import dev.agentpane.application.port.out.TransactionRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The process's write transactions: one writer thread runs the work of every caller, and the work that queued while
 * one transaction ran shares the next one.
 *
 * <p>Each caller still gets all of its work stored or none of it, and its own outcome:
 * <ul>
 *   <li>work that fails having only read (no insert, update or delete, no failed statement: {@link StatementEffects})
 *       left the transaction as it found it: its caller gets its exception and the group goes on;</li>
 *   <li>work that fails after it may have changed the transaction (a write, or a statement error, which aborts a
 *       PostgreSQL transaction) rolls the whole group back; its caller gets its exception, and the rest of the group
 *       runs again, from the start, in a new transaction (every piece of work is database work only, so running it
 *       again after a rollback is running it once: ADR 0012);</li>
 *   <li>work that failed for the moment only (a {@link TransientDataAccessException}: PostgreSQL broke a deadlock
 *       between two server instances by failing it) runs again with the rest, up to {@value #MOST_RUNS} times;</li>
 *   <li>if the commit fails, every caller of the group gets that failure and nothing of the group is stored.</li>
 * </ul>
 * A caller returns only once its work is committed.
 *
 * <p>Why: a commit costs as much as the work or more (SQLite appends the pages to its WAL; durable PostgreSQL waits
 * for its WAL to reach the disk), and the writes of one board queue behind each other's commits anyway (SQLite has one
 * writer, PostgreSQL's board lock is the project row). A group pays one commit, and its work runs back to back on one
 * thread whose connection and caches stay warm. Failures that undo work are rare, so no piece pays for a savepoint,
 * which on PostgreSQL costs two round trips (ADR 0012, docs/performance.md).
 *
 * <p>Inside a group, writes that change one row may travel with the next statement ({@link PipelinedWrites}, ADR
 * 0014). When one of them, or a statement sent with one, fails, the group is rolled back and runs again without that,
 * so the failure reaches the caller it belongs to.
 */
public final class GroupCommitTransactionRunner implements TransactionRunner, AutoCloseable {
    /** Enough to share a commit among the request threads that wait; small enough to keep a group, and a rerun, short. */
    static final int MOST_PER_GROUP = 32;
    /**
     * How often a piece runs before a transient failure (PostgreSQL broke a deadlock between two instances by failing
     * it, say) reaches its caller: the failed run was rolled back, and running it again is what the database asks.
     */
    static final int MOST_RUNS = 3;
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final TransactionTemplate template;
    private final LongSupplier effectsOnThisThread;
    private final PipelinedWrites pipelinedWrites;
    private final BlockingQueue<Write<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private boolean closed; // guarded by queue

    /**
     * @param effectsOnThisThread how many statements that may have changed its transaction the calling thread has run
     *                            so far ({@link StatementEffects#onThisThread})
     */
    public GroupCommitTransactionRunner(PlatformTransactionManager transactionManager, LongSupplier effectsOnThisThread, String threadName) {
        this(transactionManager, effectsOnThisThread, null, threadName);
    }

    /**
     * @param pipelinedWrites the writes that may be held back inside a group; {@code null} for none
     */
    public GroupCommitTransactionRunner(PlatformTransactionManager transactionManager, LongSupplier effectsOnThisThread,
            PipelinedWrites pipelinedWrites, String threadName) {
        this.template = new TransactionTemplate(transactionManager);
        this.effectsOnThisThread = effectsOnThisThread;
        this.pipelinedWrites = pipelinedWrites;
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
        List<Write<?>> pending = group;
        boolean holdingWritesBack = pipelinedWrites != null;
        while (!pending.isEmpty()) {
            Run run = runTogether(pending, holdingWritesBack);
            holdingWritesBack &= !run.spoiledByHeldWrite();
            pending = run.again();
        }
    }

    /** The writes to run again, and whether a held-back write spoiled the run (then all run again, none held back). */
    private record Run(List<Write<?>> again, boolean spoiledByHeldWrite) {
    }

    private enum Ending { COMMIT, ROLLED_BACK, SPOILED_BY_HELD_WRITE }

    /**
     * Runs the writes in one transaction, in order, and commits it. When one fails after it may have changed the
     * transaction, rolls everything back instead and returns the writes to run again: all but those that failed for
     * good. When a held-back write spoiled the run, rolls back and returns them all.
     */
    private Run runTogether(List<Write<?>> writes, boolean holdingWritesBack) {
        Ending ending;
        if (holdingWritesBack) {
            pipelinedWrites.spoiledSinceAsked(); // forget what an earlier group left
        }
        try {
            ending = template.execute(status -> {
                Ending end = holdingWritesBack ? pipelinedWrites.allowedWhile(() -> runEach(writes)) : runEach(writes);
                if (end != Ending.COMMIT) {
                    status.setRollbackOnly();
                }
                return end;
            });
        } catch (RuntimeException | Error failure) {
            if (holdingWritesBack && pipelinedWrites.spoiledSinceAsked()) {
                writes.forEach(Write::forget); // a held-back write failed at the commit: run again, none held back
                return new Run(writes, true);
            }
            // Nothing of the group is stored: callers whose own work had failed keep that failure, the rest get this one.
            writes.forEach(write -> write.failUnlessFailed(failure));
            return new Run(List.of(), false);
        }
        if (ending == Ending.SPOILED_BY_HELD_WRITE) {
            writes.forEach(Write::forget);
            return new Run(writes, true);
        }
        List<Write<?>> again = new ArrayList<>();
        for (Write<?> write : writes) {
            if (ending == Ending.COMMIT || write.failed() && !write.mayRunAgain()) {
                write.finish();
            } else {
                write.forget();
                again.add(write);
            }
        }
        return new Run(again, false);
    }

    private Ending runEach(List<Write<?>> writes) {
        for (Write<?> write : writes) {
            long effectsBefore = effectsOnThisThread.getAsLong();
            boolean succeeded = write.run();
            if (pipelinedWrites != null && pipelinedWrites.spoiledSinceAsked()) {
                return Ending.SPOILED_BY_HELD_WRITE;
            }
            if (!succeeded && effectsOnThisThread.getAsLong() != effectsBefore) {
                return Ending.ROLLED_BACK;
            }
        }
        return Ending.COMMIT;
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
        private int runs;
        private T result;
        private Throwable failure;

        Write(Supplier<T> work) {
            this.work = work;
        }

        /** Runs the work; false if it failed (an {@link Error} fails the whole group: it is thrown on). */
        boolean run() {
            runs++;
            try {
                result = work.get();
                return true;
            } catch (RuntimeException e) {
                failure = e;
                return false;
            } catch (Error e) {
                failure = e;
                throw e;
            }
        }

        boolean failed() {
            return failure != null;
        }

        /** Failed for the moment only, and has runs left. */
        boolean mayRunAgain() {
            return failure instanceof TransientDataAccessException && runs < MOST_RUNS;
        }

        /** How the work ended in a transaction that was rolled back: it runs again. */
        void forget() {
            result = null;
            failure = null;
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
