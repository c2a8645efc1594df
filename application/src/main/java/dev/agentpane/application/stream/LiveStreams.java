package dev.agentpane.application.stream;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The delivery threads and keep-alive timer of one service's live streams, and the streams open now.
 *
 * <p>Each {@link Stream} sends as one serial "drain" at a time on the shared delivery threads: a work counter makes
 * sure at most one drain of a stream runs and that a wake-up arriving during a drain causes one more pass, never a
 * parallel one. Keep-alives go through the same drain, so a stream's sends never overlap, and the stream's end is the
 * drain's last call.
 */
public final class LiveStreams implements AutoCloseable {
    private static final int DELIVERY_THREADS = 32;
    private static final System.Logger LOG = System.getLogger(LiveStreams.class.getName());

    private final Duration keepAliveInterval;
    private final ExecutorService deliveries;
    private final ScheduledExecutorService keepAlives;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** @param threadName the prefix of the threads' names */
    public LiveStreams(String threadName, Duration keepAliveInterval) {
        if (keepAliveInterval.isNegative() || keepAliveInterval.isZero()) {
            throw new IllegalArgumentException("keepAliveInterval must be positive");
        }
        this.keepAliveInterval = keepAliveInterval;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(DELIVERY_THREADS, DELIVERY_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads(threadName + "-"));
        pool.allowCoreThreadTimeOut(true);
        this.deliveries = pool;
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemonThreads(threadName + "-keepalive-"));
        timer.setRemoveOnCancelPolicy(true);
        this.keepAlives = timer;
    }

    public int openStreams() {
        return open.size();
    }

    public boolean isClosed() {
        return closed;
    }

    /** Ends every open stream and stops the threads. */
    @Override
    public void close() {
        closed = true;
        for (Stream stream : List.copyOf(open)) {
            stream.close();
        }
        keepAlives.shutdownNow();
        deliveries.shutdown();
        try {
            if (!deliveries.awaitTermination(5, TimeUnit.SECONDS)) {
                deliveries.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deliveries.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * One live stream. A subclass says what to send ({@link #sendPending}), how to keep the client's connection alive
     * and how to end; it calls {@link #register} when it opens, {@link #begin} when its client may receive, and
     * {@link #wake} whenever there may be something to send.
     */
    public abstract static class Stream {
        private final LiveStreams owner;
        private final AtomicInteger work = new AtomicInteger();
        private final AtomicBoolean closing = new AtomicBoolean();
        private final AtomicBoolean ended = new AtomicBoolean();
        private final AtomicBoolean started = new AtomicBoolean();
        private volatile boolean running;
        private volatile ScheduledFuture<?> keepAlive;
        private volatile boolean keepAliveDue;

        protected Stream(LiveStreams owner) {
            this.owner = owner;
        }

        /** Sends what there is to send; runs inside the drain only. A throw ends the stream (the client is gone). */
        protected abstract void sendPending() throws Exception;

        /** Nothing was sent for a keep-alive interval; runs inside the drain only. */
        protected abstract void sendKeepAlive() throws Exception;

        /** The stream has ended; called once, as the last call, and only once {@link #begin} has run. */
        protected abstract void ended();

        /** Lets go of what the stream holds (a subscription); may be called more than once. */
        protected abstract void released();

        /** Counts the stream as open; a stream opened while the service shuts down is closed at once. */
        protected final void register() {
            owner.open.add(this);
            if (owner.closed) {
                close();
            }
        }

        /** Starts the keep-alives and the first pass; call once. */
        protected final void begin() {
            if (!started.compareAndSet(false, true)) {
                throw new IllegalStateException("The stream has started already");
            }
            running = true;
            if (closing.get()) {
                end();
                return;
            }
            long interval = owner.keepAliveInterval.toMillis();
            try {
                keepAlive = owner.keepAlives.scheduleAtFixedRate(() -> {
                    keepAliveDue = true;
                    wake();
                }, interval, interval, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                close();
                return;
            }
            wake();
        }

        /** Asks for a pass; before {@link #begin} there is none (the first pass sends everything pending by then). */
        protected final void wake() {
            if (!running) {
                return;
            }
            if (work.getAndIncrement() == 0) {
                try {
                    owner.deliveries.execute(this::drain);
                } catch (RejectedExecutionException e) {
                    closing.set(true);
                    release();
                    end();
                }
            }
        }

        public final boolean isClosing() {
            return closing.get();
        }

        /** Ends the stream (any number of times, from any thread); the drain ends it, after any send in progress. */
        public final void close() {
            if (!closing.compareAndSet(false, true)) {
                return;
            }
            release();
            wake();
        }

        private void drain() {
            int missed = 1;
            while (true) {
                if (closing.get()) {
                    end();
                    return;
                }
                try {
                    sendPending();
                    if (keepAliveDue) {
                        keepAliveDue = false;
                        sendKeepAlive();
                    }
                } catch (Exception | Error failure) {
                    if (!closing.get()) {
                        LOG.log(System.Logger.Level.DEBUG, "A live stream ends: " + failure, failure);
                    }
                    closing.set(true);
                    release();
                    end();
                    return;
                }
                missed = work.addAndGet(-missed);
                if (missed == 0) {
                    return;
                }
            }
        }

        private void release() {
            released();
            ScheduledFuture<?> task = keepAlive;
            if (task != null) {
                task.cancel(false);
            }
            owner.open.remove(this);
        }

        private void end() {
            if (running && ended.compareAndSet(false, true)) {
                try {
                    ended();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "A live stream's listener failed while closing", e);
                }
            }
        }
    }
}
