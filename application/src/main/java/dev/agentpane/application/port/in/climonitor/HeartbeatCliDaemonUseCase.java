package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.clisession.UnknownCliDaemonException;

/** The registered daemon says it is alive; it is taken as gone after {@code CliMonitor.DAEMON_TIMEOUT} of silence. */
public interface HeartbeatCliDaemonUseCase {
    /** @throws UnknownCliDaemonException when the daemon is not the registered one: it must register again */
    void heartbeat(HeartbeatCliDaemonCommand command);
}
