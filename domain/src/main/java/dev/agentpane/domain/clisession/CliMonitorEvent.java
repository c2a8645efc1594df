package dev.agentpane.domain.clisession;

/** What watchers of the CLI monitor are told (reference §2.2 "CLI monitor event types"), in the order it happened. */
public sealed interface CliMonitorEvent {

    /** A session was reported; {@code previousStatus} is null when the live view did not hold it before. */
    record SessionUpdated(CliSession session, CliSessionStatus previousStatus) implements CliMonitorEvent {
    }

    /** A session left the live view: the daemon removed it, it was evicted, or it went stale. */
    record SessionRemoved(String sessionId) implements CliMonitorEvent {
    }

    /** A reported session's status differs from the one the live view held; {@code timestamp} in epoch milliseconds. */
    record StatusChanged(String sessionId, CliSessionStatus previousStatus, CliSessionStatus newStatus, long timestamp)
            implements CliMonitorEvent {
    }

    record DaemonConnected(CliDaemon daemon) implements CliMonitorEvent {
    }

    /** The daemon deregistered, timed out or was replaced; the live view is empty. */
    record DaemonDisconnected() implements CliMonitorEvent {
    }
}
