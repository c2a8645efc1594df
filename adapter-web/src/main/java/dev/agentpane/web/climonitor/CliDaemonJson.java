package dev.agentpane.web.climonitor;

import dev.agentpane.domain.clisession.CliDaemon;
import java.util.List;

/** The original's {@code DaemonInfo}; its times are epoch milliseconds, as the original sends them. */
public record CliDaemonJson(String daemonId, int pid, String version, String watchPath, List<String> capabilities,
        long registeredAt, long lastHeartbeatAt) {

    /** Null for no daemon. */
    public static CliDaemonJson of(CliDaemon daemon) {
        return daemon == null ? null : new CliDaemonJson(daemon.daemonId(), daemon.pid(), daemon.version(), daemon.watchPath(),
                daemon.capabilities(), daemon.registeredAt(), daemon.lastHeartbeatAt());
    }
}
