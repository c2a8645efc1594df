package dev.agentpane.application.climonitor;

import dev.agentpane.application.port.in.climonitor.CliSessionHistoryPage;
import dev.agentpane.application.port.in.climonitor.CliSessionHistoryQuery;
import dev.agentpane.application.port.in.climonitor.DeregisterCliDaemonCommand;
import dev.agentpane.application.port.in.climonitor.DeregisterCliDaemonUseCase;
import dev.agentpane.application.port.in.climonitor.ExpireCliMonitorUseCase;
import dev.agentpane.application.port.in.climonitor.GetCliMonitorStatusUseCase;
import dev.agentpane.application.port.in.climonitor.HeartbeatCliDaemonCommand;
import dev.agentpane.application.port.in.climonitor.HeartbeatCliDaemonUseCase;
import dev.agentpane.application.port.in.climonitor.IngestCliSessionsCommand;
import dev.agentpane.application.port.in.climonitor.IngestCliSessionsUseCase;
import dev.agentpane.application.port.in.climonitor.ListCliSessionHistoryUseCase;
import dev.agentpane.application.port.in.climonitor.ListLiveCliSessionsQuery;
import dev.agentpane.application.port.in.climonitor.ListLiveCliSessionsUseCase;
import dev.agentpane.application.port.in.climonitor.LiveCliSessionPage;
import dev.agentpane.application.port.in.climonitor.PurgeInactiveCliSessionsUseCase;
import dev.agentpane.application.port.in.climonitor.RegisterCliDaemonCommand;
import dev.agentpane.application.port.in.climonitor.RegisterCliDaemonUseCase;
import dev.agentpane.application.port.in.climonitor.StreamCliMonitorUseCase;
import dev.agentpane.application.port.out.CliMonitorEventBus;
import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.stream.LiveStreams;
import dev.agentpane.domain.clisession.CliMonitor;
import dev.agentpane.domain.clisession.CliMonitorEvent;
import dev.agentpane.domain.clisession.CliSession;
import dev.agentpane.domain.clisession.CliSessionId;
import dev.agentpane.domain.shared.JsonText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The CLI monitor (reference §4.14): the live view of the daemon and its sessions ({@link CliMonitor}, in memory),
 * their persistence, the retention job, and the live streams of its events.
 *
 * <p>Two locks. {@code changes} serialises every change of the live view together with its database write, so that
 * what an ingest checked (the daemon) still holds when it applies what it stored. {@code view} guards the live view
 * itself and is held only briefly, never across a database call: reads and heartbeats never wait for a write.
 * Events are published while {@code view} is held, and a stream takes its snapshot and subscribes under it too, so
 * a stream sees every event after its snapshot, in order, and none before it.
 */
public class CliMonitorService implements RegisterCliDaemonUseCase, HeartbeatCliDaemonUseCase, IngestCliSessionsUseCase,
        DeregisterCliDaemonUseCase, GetCliMonitorStatusUseCase, ListLiveCliSessionsUseCase, ListCliSessionHistoryUseCase,
        PurgeInactiveCliSessionsUseCase, ExpireCliMonitorUseCase, StreamCliMonitorUseCase, AutoCloseable {
    /** Beyond this the retention setting is taken as a mistake. */
    static final int MAX_RETENTION_DAYS = 36_500;
    private static final System.Logger LOG = System.getLogger(CliMonitorService.class.getName());

    private final CliSessionRepository repository;
    private final SettingsRepository settings;
    private final TransactionRunner transactions;
    private final CliMonitorEventBus bus;
    private final Clock clock;
    private final CliMonitor monitor;
    private final LiveStreams streams;
    private final ReentrantLock changes = new ReentrantLock(true);
    private final Object view = new Object();
    private final AtomicInteger streamSlots = new AtomicInteger();

    public CliMonitorService(CliSessionRepository repository, SettingsRepository settings, TransactionRunner transactions,
            CliMonitorEventBus bus, Clock clock, Duration keepAliveInterval) {
        this(repository, settings, transactions, bus, clock, keepAliveInterval, new CliMonitor());
    }

    /** @param monitor the live view to start from (tests give one with a small session cap) */
    public CliMonitorService(CliSessionRepository repository, SettingsRepository settings, TransactionRunner transactions,
            CliMonitorEventBus bus, Clock clock, Duration keepAliveInterval, CliMonitor monitor) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.streams = new LiveStreams("cli-monitor-stream", keepAliveInterval);
    }

    // ------------------------------------------------------------------------------------------- daemon → server

    @Override
    public void register(RegisterCliDaemonCommand command) {
        change(() -> {
            long now = clock.millis();
            synchronized (view) {
                publish(monitor.register(command.daemonAt(now)));
            }
        });
    }

    @Override
    public void heartbeat(HeartbeatCliDaemonCommand command) {
        long now = clock.millis();
        synchronized (view) {
            monitor.heartbeat(command.daemonId(), now);
        }
    }

    @Override
    public void ingest(IngestCliSessionsCommand command) {
        change(() -> {
            long now = clock.millis();
            Map<String, IngestCliSessionsCommand.Report> current = new LinkedHashMap<>();
            for (IngestCliSessionsCommand.Report report : command.sessions()) {
                if (CliMonitor.isCurrent(report.lastActivityAt(), now)) {
                    current.put(report.sessionId(), report); // a session reported twice: the last report wins
                }
            }
            Map<String, CliSession> known = new HashMap<>();
            synchronized (view) {
                monitor.requireDaemon(command.daemonId());
                current.keySet().forEach(sessionId -> monitor.session(sessionId).ifPresent(live -> known.put(sessionId, live)));
            }
            Set<String> removed = new LinkedHashSet<>(command.removedSessionIds());
            List<CliSession> stored = current.isEmpty() && removed.isEmpty() ? List.of()
                    : transactions.inTransaction(() -> store(current, known, removed, now));
            synchronized (view) {
                publish(monitor.apply(command.daemonId(), stored, removed, now));
            }
        });
    }

    /**
     * Upserts the reports and deletes the removed sessions. A session keeps the identity (id, creation time) it has in
     * the live view or, when the view does not hold it (the daemon restarted, or this server did), in the store.
     */
    private List<CliSession> store(Map<String, IngestCliSessionsCommand.Report> reports, Map<String, CliSession> live,
            Set<String> removed, long now) {
        Instant at = Instant.ofEpochMilli(now);
        Map<String, CliSession> known = new HashMap<>(live);
        List<String> unknown = reports.keySet().stream().filter(sessionId -> !live.containsKey(sessionId)).toList();
        if (!unknown.isEmpty()) {
            repository.findBySessionIds(unknown).forEach(session -> known.put(session.sessionId(), session));
        }
        List<CliSession> sessions = reports.values().stream().map(report -> {
            CliSession before = known.get(report.sessionId());
            return before == null ? report.toSession(CliSessionId.generate(now), at, at)
                    : report.toSession(before.id(), before.createdAt(), at);
        }).toList();
        if (!sessions.isEmpty()) {
            repository.upsertAll(sessions);
        }
        if (!removed.isEmpty()) {
            repository.deleteBySessionIds(removed);
        }
        return sessions;
    }

    @Override
    public void deregister(DeregisterCliDaemonCommand command) {
        change(() -> {
            synchronized (view) {
                publish(monitor.deregister(command.daemonId()));
            }
        });
    }

    @Override
    public void expire() {
        change(() -> {
            long now = clock.millis();
            synchronized (view) {
                publish(monitor.expire(now));
            }
        });
    }

    private void change(Runnable work) {
        changes.lock();
        try {
            work.run();
        } finally {
            changes.unlock();
        }
    }

    /** Called with {@code view} held: watchers see the events in the order of the changes. */
    private void publish(List<CliMonitorEvent> events) {
        events.forEach(bus::publish);
    }

    // ------------------------------------------------------------------------------------------- queries

    @Override
    public Status status() {
        long now = clock.millis();
        synchronized (view) {
            return new Status(monitor.connected(), monitor.daemon().orElse(null), monitor.sessionCount(now));
        }
    }

    @Override
    public LiveCliSessionPage list(ListLiveCliSessionsQuery query) {
        long now = clock.millis();
        List<CliSession> sessions;
        boolean connected;
        synchronized (view) {
            sessions = monitor.sessions(now);
            connected = monitor.connected();
        }
        List<CliSession> page = !query.paged() ? sessions
                : sessions.stream().skip(query.offset()).limit(query.limit()).toList();
        return new LiveCliSessionPage(page, sessions.size(), connected);
    }

    @Override
    public CliSessionHistoryPage history(CliSessionHistoryQuery query) {
        return new CliSessionHistoryPage(repository.findRecentlyActive(query.projectHash(), query.since(), query.limit()),
                repository.countRecentlyActive(query.projectHash(), query.since()));
    }

    // ------------------------------------------------------------------------------------------- retention

    @Override
    public int purgeInactive() {
        int days = retentionDays(settings.findByKeys(List.of(RETENTION_DAYS_KEY)).get(RETENTION_DAYS_KEY));
        long cutoff = clock.millis() - Duration.ofDays(days).toMillis();
        int deleted = transactions.inTransaction(() -> repository.deleteInactiveBefore(cutoff));
        if (deleted > 0) {
            LOG.log(System.Logger.Level.INFO, "CLI monitor retention: deleted " + deleted + " session(s) inactive for more than "
                    + days + " day(s)");
        }
        return deleted;
    }

    /** A positive whole number of days, as a JSON number or a numeric JSON string; anything else is the default. */
    static int retentionDays(JsonText setting) {
        if (setting == null) {
            return DEFAULT_RETENTION_DAYS;
        }
        String text = setting.json().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        try {
            int days = new BigDecimal(text).intValueExact();
            if (days >= 1 && days <= MAX_RETENTION_DAYS) {
                return days;
            }
        } catch (NumberFormatException | ArithmeticException notAWholeNumber) {
            // reported below
        }
        LOG.log(System.Logger.Level.WARNING, "The setting " + RETENTION_DAYS_KEY + " is not a whole number of days from 1 to "
                + MAX_RETENTION_DAYS + "; " + DEFAULT_RETENTION_DAYS + " days apply");
        return DEFAULT_RETENTION_DAYS;
    }

    // ------------------------------------------------------------------------------------------- streams

    @Override
    public CliMonitorStream open() {
        if (streams.isClosed()) {
            throw new IllegalStateException("The CLI monitor streams are shut down");
        }
        if (streamSlots.incrementAndGet() > MAX_STREAMS) {
            streamSlots.decrementAndGet();
            throw new TooManyStreamsException();
        }
        MonitorStream stream = new MonitorStream();
        try {
            stream.open();
        } catch (RuntimeException | Error e) {
            stream.close();
            throw e;
        }
        return stream;
    }

    /** How many streams are open now (for tests and health). */
    public int openStreams() {
        return streams.openStreams();
    }

    /** Ends every open stream and stops the streams' threads. */
    @Override
    public void close() {
        streams.close();
    }

    private final class MonitorStream extends LiveStreams.Stream implements CliMonitorStream {
        private final Queue<CliMonitorEvent> pending = new ConcurrentLinkedQueue<>();
        private final AtomicInteger pendingCount = new AtomicInteger();
        private final AtomicBoolean holdsSlot = new AtomicBoolean(true);
        private volatile CliMonitorEventBus.Subscription subscription;
        private volatile Snapshot snapshot;
        private volatile Listener listener;

        MonitorStream() {
            super(streams);
        }

        void open() {
            register();
            Snapshot live;
            synchronized (view) {
                live = new Snapshot(monitor.sessions(clock.millis()), monitor.daemon().orElse(null), monitor.connected());
                subscription = bus.subscribe(this::queued);
            }
            if (isClosing()) {
                released(); // closed while subscribing: drop the subscription it just got
            }
            snapshot = !live.sessions().isEmpty() ? live
                    : new Snapshot(repository.findRecentlyActive(null, null, HISTORY_IN_SNAPSHOT), live.daemon(), live.connected());
        }

        private void queued(CliMonitorEvent event) {
            if (pendingCount.incrementAndGet() > MAX_PENDING_EVENTS) {
                close(); // the client cannot keep up; it reconnects to a fresh snapshot
                return;
            }
            pending.add(event);
            wake();
        }

        @Override
        public Snapshot snapshot() {
            return snapshot;
        }

        @Override
        public void start(Listener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            begin();
        }

        @Override
        protected void sendPending() throws Exception {
            CliMonitorEvent event;
            while (!isClosing() && (event = pending.poll()) != null) {
                pendingCount.decrementAndGet();
                listener.onEvent(event);
            }
        }

        @Override
        protected void sendKeepAlive() throws Exception {
            listener.onKeepAlive();
        }

        @Override
        protected void ended() {
            listener.onClosed();
        }

        @Override
        protected void released() {
            CliMonitorEventBus.Subscription current = subscription;
            if (current != null) {
                current.close();
            }
            if (holdsSlot.compareAndSet(true, false)) {
                streamSlots.decrementAndGet();
            }
        }
    }
}
