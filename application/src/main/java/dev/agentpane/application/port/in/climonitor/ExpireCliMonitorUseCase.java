package dev.agentpane.application.port.in.climonitor;

/**
 * The periodic check of the live view: a daemon silent for longer than {@code CliMonitor.DAEMON_TIMEOUT} is
 * deregistered with its sessions, and sessions that went stale leave the view.
 */
public interface ExpireCliMonitorUseCase {
    void expire();
}
