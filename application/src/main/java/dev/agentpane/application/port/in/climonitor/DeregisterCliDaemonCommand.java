package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.clisession.CliDaemon;

public record DeregisterCliDaemonCommand(String daemonId) {
    public DeregisterCliDaemonCommand {
        daemonId = CliDaemon.requireDaemonId(daemonId);
    }
}
