package dev.agentpane.application.task;

import dev.agentpane.application.port.in.task.GetBoardVersionUseCase;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.domain.project.ProjectId;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Board versions, read from the database on every call, with concurrent calls for one board sharing reads: a read
 * serves every call that arrived before it started, so none of them can be answered with a version from before its own
 * arrival (a write answered before that arrival is always seen). While one read runs, the calls that arrive wait for
 * the next one, which starts as soon as it ends. Sixteen clients re-reading one board then cost a few database round
 * trips at a time instead of sixteen.
 */
public class BoardVersionService implements GetBoardVersionUseCase {
    private final TaskRepository tasks;
    private final boolean shareReads;
    private final ConcurrentMap<ProjectId, SharedReads> boards = new ConcurrentHashMap<>();

    /** @param shareReads false to read for every call (where a read is cheaper than a hand-over between threads) */
    public BoardVersionService(TaskRepository tasks, boolean shareReads) {
        this.tasks = tasks;
        this.shareReads = shareReads;
    }

    @Override
    public OptionalLong boardVersion(ProjectId projectId) {
        if (!shareReads) {
            return tasks.boardVersion(projectId);
        }
        SharedReads reads = boards.computeIfAbsent(projectId, id -> new SharedReads());
        try {
            return reads.read(() -> tasks.boardVersion(projectId));
        } finally {
            if (reads.idle()) {
                boards.remove(projectId, reads); // a board nobody reads now costs nothing
            }
        }
    }

    /** How many calls for the board are inside the service now (for tests). */
    int callersOf(ProjectId projectId) {
        SharedReads reads = boards.get(projectId);
        return reads == null ? 0 : reads.callers();
    }

    /** The reads of one board: tickets in arrival order; a read covers every ticket issued before it started. */
    private static final class SharedReads {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition readEnded = lock.newCondition();
        private long arrivals;
        private long coveredUpTo;
        private boolean reading;
        private int callers;
        private OptionalLong latest;

        OptionalLong read(java.util.function.Supplier<OptionalLong> query) {
            lock.lock();
            try {
                callers++;
                long ticket = ++arrivals;
                while (coveredUpTo < ticket) {
                    if (reading) {
                        readEnded.awaitUninterruptibly();
                        continue;
                    }
                    reading = true;
                    long covers = arrivals;
                    OptionalLong result;
                    lock.unlock();
                    try {
                        result = query.get();
                    } finally {
                        lock.lock();
                        reading = false;
                        readEnded.signalAll(); // on failure, a waiter starts the next read
                    }
                    latest = result;
                    coveredUpTo = covers;
                }
                return latest;
            } finally {
                callers--;
                lock.unlock();
            }
        }

        boolean idle() {
            return callers() == 0;
        }

        int callers() {
            lock.lock();
            try {
                return callers;
            } finally {
                lock.unlock();
            }
        }
    }
}
