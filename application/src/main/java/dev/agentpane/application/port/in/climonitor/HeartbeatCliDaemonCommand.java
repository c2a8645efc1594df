package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.clisession.CliDaemon;
import dev.agentpane.domain.shared.ValidationException;

/** @param sessionCount how many sessions the daemon watches; checked and, as in the original, not used */
public record HeartbeatCliDaemonCommand(String daemonId, int sessionCount) {
    public HeartbeatCliDaemonCommand {
        daemonId = CliDaemon.requireDaemonId(daemonId);
        if (sessionCount < 0) {
            throw new ValidationException("sessionCount must be a non-negative integer");
        }
    }
}
