package dev.agentpane.web.climonitor;

import dev.agentpane.application.port.in.climonitor.StreamCliMonitorUseCase.Snapshot;
import dev.agentpane.domain.clisession.CliMonitorEvent;
import dev.agentpane.domain.clisession.CliMonitorEvent.DaemonConnected;
import dev.agentpane.domain.clisession.CliMonitorEvent.DaemonDisconnected;
import dev.agentpane.domain.clisession.CliMonitorEvent.SessionRemoved;
import dev.agentpane.domain.clisession.CliMonitorEvent.SessionUpdated;
import dev.agentpane.domain.clisession.CliMonitorEvent.StatusChanged;
import dev.agentpane.domain.clisession.CliSessionStatus;
import dev.agentpane.web.api.WireJson;
import java.util.List;

/**
 * The JSON of the CLI monitor's stream frames (reference §2.2, §5.16): each one object whose {@code type} the
 * original's page switches on, with the event's fields beside it.
 */
final class CliMonitorFrames {
    static final String SNAPSHOT = "cli-monitor:snapshot";
    static final String SESSION_UPDATE = "cli-monitor:session-update";
    static final String SESSION_REMOVED = "cli-monitor:session-removed";
    static final String STATUS_CHANGE = "cli-monitor:status-change";
    static final String DAEMON_CONNECTED = "cli-monitor:daemon-connected";
    static final String DAEMON_DISCONNECTED = "cli-monitor:daemon-disconnected";

    record SnapshotFrame(String type, List<CliSessionJson> sessions, CliDaemonJson daemon, boolean connected) {
    }

    record SessionUpdateFrame(String type, CliSessionJson session, String previousStatus) {
    }

    record SessionRemovedFrame(String type, String sessionId) {
    }

    record StatusChangeFrame(String type, String sessionId, String previousStatus, String newStatus, long timestamp) {
    }

    record DaemonConnectedFrame(String type, CliDaemonJson daemon) {
    }

    record DaemonDisconnectedFrame(String type) {
    }

    private CliMonitorFrames() {
    }

    static String snapshot(Snapshot snapshot) {
        return WireJson.write(new SnapshotFrame(SNAPSHOT, snapshot.sessions().stream().map(CliSessionJson::of).toList(),
                CliDaemonJson.of(snapshot.daemon()), snapshot.connected()));
    }

    static String event(CliMonitorEvent event) {
        return WireJson.write(frame(event));
    }

    private static Object frame(CliMonitorEvent event) {
        if (event instanceof SessionUpdated updated) {
            return new SessionUpdateFrame(SESSION_UPDATE, CliSessionJson.of(updated.session()), status(updated.previousStatus()));
        }
        if (event instanceof SessionRemoved removed) {
            return new SessionRemovedFrame(SESSION_REMOVED, removed.sessionId());
        }
        if (event instanceof StatusChanged changed) {
            return new StatusChangeFrame(STATUS_CHANGE, changed.sessionId(), status(changed.previousStatus()),
                    status(changed.newStatus()), changed.timestamp());
        }
        if (event instanceof DaemonConnected connected) {
            return new DaemonConnectedFrame(DAEMON_CONNECTED, CliDaemonJson.of(connected.daemon()));
        }
        if (event instanceof DaemonDisconnected) {
            return new DaemonDisconnectedFrame(DAEMON_DISCONNECTED);
        }
        throw new IllegalArgumentException("No frame for " + event);
    }

    private static String status(CliSessionStatus status) {
        return status == null ? null : status.wireValue();
    }
}
