package dev.agentpane.domain.clisession;

import dev.agentpane.domain.clisession.CliMonitorEvent.DaemonConnected;
import dev.agentpane.domain.clisession.CliMonitorEvent.DaemonDisconnected;
import dev.agentpane.domain.clisession.CliMonitorEvent.SessionRemoved;
import dev.agentpane.domain.clisession.CliMonitorEvent.SessionUpdated;
import dev.agentpane.domain.clisession.CliMonitorEvent.StatusChanged;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live view of the CLI monitor (reference §4.14): the one daemon that reports, and the sessions it reported that
 * are still current. Every change returns the events that tell watchers about it, in the order they happened.
 * Times are epoch milliseconds. Not thread-safe: its owner serialises the calls.
 */
public final class CliMonitor {
    /** The live view holds at most this many sessions; beyond it the least recently active ones leave. */
    public static final int MAX_SESSIONS = 10_000;
    /** How often a daemon sends a heartbeat. */
    public static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(30);
    /** A daemon silent for longer (1.5 heartbeat intervals) is taken as gone. */
    public static final Duration DAEMON_TIMEOUT = Duration.ofSeconds(45);
    /** A session last active longer ago is stale: not accepted from the daemon, not shown live. */
    public static final Duration SESSION_LIFETIME = Duration.ofDays(7);

    /** Most recently active first; the session id breaks ties so that the order is total. */
    public static final Comparator<CliSession> MOST_RECENTLY_ACTIVE_FIRST =
            Comparator.comparingLong(CliSession::lastActivityAt).thenComparing(CliSession::sessionId).reversed();

    private final int maxSessions;
    private final Map<String, CliSession> sessions = new HashMap<>();
    private CliDaemon daemon;

    public CliMonitor() {
        this(MAX_SESSIONS);
    }

    /** A monitor with another session cap, so that the rule can be shown on small numbers too. */
    public CliMonitor(int maxSessions) {
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be positive");
        }
        this.maxSessions = maxSessions;
    }

    /** True when a session last active at {@code lastActivityAt} is still current at {@code now}. */
    public static boolean isCurrent(long lastActivityAt, long now) {
        return lastActivityAt >= now - SESSION_LIFETIME.toMillis();
    }

    /**
     * The daemon takes over. Another daemon's sessions are dropped (watchers are told that one disconnected); the same
     * daemon registering again keeps its sessions.
     */
    public List<CliMonitorEvent> register(CliDaemon newcomer) {
        List<CliMonitorEvent> events = new ArrayList<>();
        if (daemon != null && !daemon.is(newcomer.daemonId())) {
            sessions.clear();
            events.add(new DaemonDisconnected());
        }
        daemon = newcomer;
        events.add(new DaemonConnected(newcomer));
        return events;
    }

    /** @throws UnknownCliDaemonException unless {@code daemonId} is the registered daemon */
    public CliDaemon requireDaemon(String daemonId) {
        if (daemon == null || !daemon.is(daemonId)) {
            throw new UnknownCliDaemonException(daemonId);
        }
        return daemon;
    }

    /** @throws UnknownCliDaemonException unless {@code daemonId} is the registered daemon */
    public void heartbeat(String daemonId, long now) {
        daemon = requireDaemon(daemonId).heartbeatAt(now);
    }

    /**
     * Takes in what the registered daemon reported: each current session replaces the one of the same session id
     * (stale ones are ignored), then the removed ids leave, then the least recently active sessions leave until the cap
     * holds again.
     *
     * @throws UnknownCliDaemonException unless {@code daemonId} is the registered daemon
     */
    public List<CliMonitorEvent> apply(String daemonId, Collection<CliSession> reported, Collection<String> removedSessionIds,
            long now) {
        requireDaemon(daemonId);
        List<CliMonitorEvent> events = new ArrayList<>();
        for (CliSession session : reported) {
            if (!isCurrent(session.lastActivityAt(), now)) {
                continue;
            }
            CliSession previous = sessions.put(session.sessionId(), session);
            CliSessionStatus previousStatus = previous == null ? null : previous.status();
            events.add(new SessionUpdated(session, previousStatus));
            if (previousStatus != null && previousStatus != session.status()) {
                events.add(new StatusChanged(session.sessionId(), previousStatus, session.status(), now));
            }
        }
        for (String sessionId : removedSessionIds) {
            if (sessions.remove(sessionId) != null) {
                events.add(new SessionRemoved(sessionId));
            }
        }
        if (sessions.size() > maxSessions) {
            List<CliSession> leastRecentFirst = new ArrayList<>(sessions.values());
            leastRecentFirst.sort(MOST_RECENTLY_ACTIVE_FIRST.reversed());
            for (CliSession evicted : leastRecentFirst.subList(0, sessions.size() - maxSessions)) {
                sessions.remove(evicted.sessionId());
                events.add(new SessionRemoved(evicted.sessionId()));
            }
        }
        return events;
    }

    /** The daemon leaves with its sessions; a daemon that is not the registered one changes nothing. */
    public List<CliMonitorEvent> deregister(String daemonId) {
        if (daemon == null || !daemon.is(daemonId)) {
            return List.of();
        }
        daemon = null;
        sessions.clear();
        return List.of(new DaemonDisconnected());
    }

    /**
     * The periodic check: a daemon silent for longer than {@link #DAEMON_TIMEOUT} is deregistered; sessions that went
     * stale leave the live view.
     */
    public List<CliMonitorEvent> expire(long now) {
        if (daemon != null && now - daemon.lastHeartbeatAt() > DAEMON_TIMEOUT.toMillis()) {
            return deregister(daemon.daemonId());
        }
        List<CliMonitorEvent> events = new ArrayList<>();
        sessions.values().removeIf(session -> {
            if (isCurrent(session.lastActivityAt(), now)) {
                return false;
            }
            events.add(new SessionRemoved(session.sessionId()));
            return true;
        });
        return events;
    }

    /** The session of the live view with this session id, current or not. */
    public Optional<CliSession> session(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    public Optional<CliDaemon> daemon() {
        return Optional.ofNullable(daemon);
    }

    public boolean connected() {
        return daemon != null;
    }

    /** The current sessions, most recently active first. */
    public List<CliSession> sessions(long now) {
        return sessions.values().stream()
                .filter(session -> isCurrent(session.lastActivityAt(), now))
                .sorted(MOST_RECENTLY_ACTIVE_FIRST)
                .toList();
    }

    public int sessionCount(long now) {
        return (int) sessions.values().stream().filter(session -> isCurrent(session.lastActivityAt(), now)).count();
    }
}
