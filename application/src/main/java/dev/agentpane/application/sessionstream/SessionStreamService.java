package dev.agentpane.application.sessionstream;

import dev.agentpane.application.port.in.sessionstream.StreamSessionEventsUseCase;
import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.session.SessionNotFoundException;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
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
 * Live session streams over the event log and the {@link SessionEventBus}.
 *
 * <p>Per stream: subscribe first, then replay from the log, then on each notice read from the next unsent offset. All
 * reads and listener calls of a stream run as one serial "drain" (a work counter makes sure at most one runs and that a
 * notice arriving during a drain causes one more pass), so the next unsent offset only grows: nothing is sent twice.
 * An event stored at offset k is published after its commit; a stream subscribed before that notice either has sent
 * k already or runs a pass that starts after the notice and so reads k; a stream subscribed after it replays from the
 * log after subscribing and so reads k too: nothing is lost. Offsets of a session become visible in order (each append
 * reads the previous offset), so a read never skips one.
 */
public class SessionStreamService implements StreamSessionEventsUseCase, AutoCloseable {
    public static final Duration DEFAULT_KEEP_ALIVE_INTERVAL = Duration.ofSeconds(15);
    static final int PAGE_SIZE = 500;
    private static final int DELIVERY_THREADS = 32;
    private static final System.Logger LOG = System.getLogger(SessionStreamService.class.getName());

    private final SessionRepository sessions;
    private final SessionEventRepository events;
    private final SessionEventBus bus;
    private final Clock clock;
    private final Duration keepAliveInterval;
    private final ExecutorService deliveries;
    private final ScheduledExecutorService keepAlives;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public SessionStreamService(SessionRepository sessions, SessionEventRepository events, SessionEventBus bus, Clock clock,
            Duration keepAliveInterval) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.events = Objects.requireNonNull(events, "events");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (keepAliveInterval.isNegative() || keepAliveInterval.isZero()) {
            throw new IllegalArgumentException("keepAliveInterval must be positive");
        }
        this.keepAliveInterval = keepAliveInterval;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(DELIVERY_THREADS, DELIVERY_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads("session-stream-"));
        pool.allowCoreThreadTimeOut(true);
        this.deliveries = pool;
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemonThreads("session-stream-keepalive-"));
        timer.setRemoveOnCancelPolicy(true);
        this.keepAlives = timer;
    }

    @Override
    public SessionEventStream open(SessionId sessionId, long fromOffset) {
        if (fromOffset < 0) {
            throw new ValidationException("offset must be a non-negative integer");
        }
        if (sessions.findById(sessionId).isEmpty()) {
            throw new SessionNotFoundException(sessionId);
        }
        if (closed) {
            throw new IllegalStateException("The session streams are shut down");
        }
        Stream stream = new Stream(sessionId, fromOffset, clock.millis());
        open.add(stream);
        stream.subscription = bus.subscribe(sessionId, stream::noticed);
        if (closed) {
            stream.close();
        }
        if (stream.closing.get()) {
            stream.release(); // closed while subscribing: drop the subscription it just got
        }
        return stream;
    }

    /** How many streams are open now (for tests and health). */
    public int openStreams() {
        return open.size();
    }

    /** Ends every open stream and stops the service's threads. */
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

    private final class Stream implements SessionEventStream {
        private final SessionId sessionId;
        private final long fromOffset;
        private final long openedAt;
        private final AtomicInteger work = new AtomicInteger();
        private final AtomicBoolean closing = new AtomicBoolean();
        private final AtomicBoolean ended = new AtomicBoolean();
        private final AtomicBoolean started = new AtomicBoolean();
        private volatile SessionEventBus.Subscription subscription;
        private volatile Listener listener;
        private volatile ScheduledFuture<?> keepAlive;
        private volatile boolean keepAliveDue;
        /** Written by the drain only. */
        private volatile long nextOffset;

        Stream(SessionId sessionId, long fromOffset, long openedAt) {
            this.sessionId = sessionId;
            this.fromOffset = fromOffset;
            this.openedAt = openedAt;
            this.nextOffset = fromOffset;
        }

        @Override
        public SessionId sessionId() {
            return sessionId;
        }

        @Override
        public long fromOffset() {
            return fromOffset;
        }

        @Override
        public long openedAt() {
            return openedAt;
        }

        @Override
        public void start(Listener listener) {
            Objects.requireNonNull(listener, "listener");
            if (!started.compareAndSet(false, true)) {
                throw new IllegalStateException("The stream has started already");
            }
            this.listener = listener;
            if (closing.get()) {
                end();
                return;
            }
            long interval = keepAliveInterval.toMillis();
            try {
                keepAlive = keepAlives.scheduleAtFixedRate(() -> {
                    keepAliveDue = true;
                    schedule();
                }, interval, interval, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                close();
                return;
            }
            schedule();
        }

        /** A notice from the bus: only worth a pass when it names an offset not sent yet. */
        private void noticed(long latestOffset) {
            if (latestOffset >= nextOffset) {
                schedule();
            }
        }

        private void schedule() {
            if (listener == null) {
                return; // not started: the start's own pass replays everything stored by then
            }
            if (work.getAndIncrement() == 0) {
                try {
                    deliveries.execute(this::drain);
                } catch (RejectedExecutionException e) {
                    closing.set(true);
                    release();
                    end();
                }
            }
        }

        private void drain() {
            int missed = 1;
            while (true) {
                if (closing.get()) {
                    end();
                    return;
                }
                try {
                    sendStored();
                    if (keepAliveDue) {
                        keepAliveDue = false;
                        listener.onKeepAlive();
                    }
                } catch (Exception | Error failure) {
                    if (!closing.get()) {
                        LOG.log(System.Logger.Level.DEBUG, "Session stream of " + sessionId + " ends: " + failure, failure);
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

        private void sendStored() throws Exception {
            while (!closing.get()) {
                List<SessionEvent> page = events.findBySession(sessionId, nextOffset, PAGE_SIZE);
                for (SessionEvent event : page) {
                    if (closing.get()) {
                        return;
                    }
                    listener.onEvent(event);
                    nextOffset = event.offset() + 1;
                }
                if (page.size() < PAGE_SIZE) {
                    return;
                }
            }
        }

        @Override
        public void close() {
            if (!closing.compareAndSet(false, true)) {
                return;
            }
            release();
            // The drain ends the listener, so that its last call never overlaps a delivery.
            schedule();
        }

        private void release() {
            SessionEventBus.Subscription current = subscription;
            if (current != null) {
                current.close();
            }
            ScheduledFuture<?> task = keepAlive;
            if (task != null) {
                task.cancel(false);
            }
            open.remove(this);
        }

        private void end() {
            Listener current = listener;
            if (current != null && ended.compareAndSet(false, true)) {
                try {
                    current.onClosed();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "A session stream listener failed while closing", e);
                }
            }
        }
    }
}
