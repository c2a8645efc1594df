package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.clisession.CliDaemon;

public interface GetCliMonitorStatusUseCase {
    Status status();

    /**
     * @param daemon       null when no daemon is registered
     * @param sessionCount the sessions of the live view
     */
    record Status(boolean connected, CliDaemon daemon, int sessionCount) {
    }
}
