package dev.agentpane.persistence.postgres;

import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.persistence.stream.InProcessSessionEventBus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session event bus across every instance that shares one PostgreSQL database. {@link #published} sends
 * {@code NOTIFY agentpane_session_events '<sessionId>:<offset>'} through the pool; one dedicated connection (outside
 * the pool) {@code LISTEN}s on that channel and hands every notice, from this instance or another, to this process's
 * subscribers, in commit order. Local subscribers hear their own instance's notices the same way, so each notice
 * reaches each subscriber once (when the NOTIFY itself fails, the local subscribers are told directly).
 *
 * <p>When the listening connection is lost it reconnects with a growing pause (0.1 s doubling to 5 s); notices sent
 * meanwhile are lost, so after reconnecting it tells every local subscriber its session's latest stored offset.
 */
public final class PostgresNotifySessionEventBus implements SessionEventBus, AutoCloseable {
    public static final String APPLICATION_NAME = "agentpane-session-events";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotifySessionEventBus.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final PostgresSettings settings;
    private final SessionEventNotifyMapper notifier;
    private final SessionEventRepository events;
    private final InProcessSessionEventBus local = new InProcessSessionEventBus();
    private final Thread listener;
    private final Object connectionLock = new Object();
    private Connection connection; // guarded by connectionLock
    private long connections; // guarded by connectionLock: how many times LISTEN was established
    private volatile boolean running = true;

    private PostgresNotifySessionEventBus(PostgresSettings settings, SessionEventNotifyMapper notifier, SessionEventRepository events) {
        this.settings = settings;
        this.notifier = notifier;
        this.events = events;
        this.listener = new Thread(this::listen, "session-events-listener");
        this.listener.setDaemon(true);
    }

    /**
     * Starts listening; returns once LISTEN runs (or, when the database cannot be reached now, with the listener
     * retrying in the background).
     */
    public static PostgresNotifySessionEventBus start(PostgresSettings settings, SessionEventNotifyMapper notifier,
            SessionEventRepository events) {
        PostgresNotifySessionEventBus bus = new PostgresNotifySessionEventBus(settings, notifier, events);
        try {
            bus.connect();
        } catch (SQLException e) {
            LOG.warn("Cannot listen for session events yet ({}); retrying in the background", e.getMessage());
        }
        bus.listener.start();
        return bus;
    }

    @Override
    public void published(SessionId sessionId, long latestOffset) {
        try {
            notifier.notifySessionEvents(sessionId.value(), latestOffset);
        } catch (RuntimeException e) {
            // The event is stored; other instances' streams see it with the next notice or when they reconnect.
            LOG.warn("Could not notify the instances of session {} offset {}: {}", sessionId, latestOffset, e.getMessage());
            local.published(sessionId, latestOffset);
        }
    }

    @Override
    public Subscription subscribe(SessionId sessionId, LongConsumer listener) {
        return local.subscribe(sessionId, listener);
    }

    /** How many times the listening connection has been established (1 after a start that reached the database). */
    public long connectionCount() {
        synchronized (connectionLock) {
            return connections;
        }
    }

    /** Waits until the listening connection has been established more than {@code count} times. */
    public boolean awaitConnectionCountAbove(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (connectionLock) {
            while (connections <= count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                connectionLock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private void connect() throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        Connection opened = DriverManager.getConnection(settings.jdbcUrl(), properties);
        try {
            opened.setAutoCommit(true);
            try (Statement statement = opened.createStatement()) {
                statement.execute("LISTEN " + SessionEventNotifyMapper.CHANNEL);
            }
        } catch (SQLException | RuntimeException e) {
            opened.close();
            throw e;
        }
        synchronized (connectionLock) {
            if (!running) {
                opened.close();
                return;
            }
            connection = opened;
            connections++;
            connectionLock.notifyAll();
        }
    }

    private Connection current() {
        synchronized (connectionLock) {
            return connection;
        }
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        boolean reconnected = false;
        while (running) {
            Connection open = current();
            try {
                if (open == null) {
                    connect();
                    reconnected = true;
                    continue;
                }
                if (reconnected) {
                    reconnected = false;
                    catchUp();
                }
                PGNotification[] notices = open.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
                pause = FIRST_PAUSE;
                if (notices != null) {
                    for (PGNotification notice : notices) {
                        dispatch(notice.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Lost the session-events listening connection ({}); reconnecting in {} ms", e.getMessage(), pause.toMillis());
                dropConnection();
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** After a gap in listening: tell each local subscriber its session's latest stored offset. */
    private void catchUp() {
        for (SessionId sessionId : local.subscribedSessions()) {
            OptionalLong latest = events.findLatestOffset(sessionId);
            if (latest.isPresent()) {
                local.published(sessionId, latest.getAsLong());
            }
        }
    }

    private void dispatch(String payload) {
        int colon = payload == null ? -1 : payload.lastIndexOf(':');
        if (colon <= 0) {
            LOG.warn("Ignoring a malformed session-events notice: {}", payload);
            return;
        }
        try {
            SessionId sessionId = SessionId.of(payload.substring(0, colon));
            long offset = Long.parseLong(payload.substring(colon + 1));
            local.published(sessionId, offset);
        } catch (RuntimeException e) {
            LOG.warn("Ignoring a malformed session-events notice: {}", payload);
        }
    }

    private void dropConnection() {
        Connection lost;
        synchronized (connectionLock) {
            lost = connection;
            connection = null;
        }
        closeQuietly(lost);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is gone either way
            }
        }
    }

    /** Stops listening and closes the listening connection; waits for the listener thread at most a few seconds. */
    @Override
    public void close() {
        running = false;
        listener.interrupt();
        try {
            listener.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dropConnection();
        local.close();
    }
}
