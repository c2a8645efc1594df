package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.clisession.CliDaemon;
import java.util.List;

/**
 * @param capabilities null means none
 * @param startedAt    when the daemon started, epoch milliseconds; accepted, as the original does, but not kept
 */
public record RegisterCliDaemonCommand(String daemonId, int pid, String version, String watchPath, List<String> capabilities,
        Long startedAt) {
    public RegisterCliDaemonCommand {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        // The daemon's own rules decide what a registration may say (fields are not assigned yet: use the parameters).
        CliDaemon.registering(daemonId, pid, version, watchPath, capabilities, 0);
    }

    /** The daemon as it registers at {@code now} (epoch milliseconds). */
    public CliDaemon daemonAt(long now) {
        return CliDaemon.registering(daemonId, pid, version, watchPath, capabilities, now);
    }
}
