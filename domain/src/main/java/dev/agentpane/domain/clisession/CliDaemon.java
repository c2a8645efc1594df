package dev.agentpane.domain.clisession;

import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * The CLI monitor daemon that reports this machine's Claude Code sessions (reference §4.14, §5.16 DaemonInfo).
 *
 * @param registeredAt    epoch milliseconds
 * @param lastHeartbeatAt epoch milliseconds
 */
public record CliDaemon(
        String daemonId,
        int pid,
        String version,
        String watchPath,
        List<String> capabilities,
        long registeredAt,
        long lastHeartbeatAt) {

    public static final int DAEMON_ID_MAX = 200;
    public static final int VERSION_MAX = 50;
    public static final int WATCH_PATH_MAX = 1_000;
    public static final int CAPABILITIES_MAX = 100;
    public static final int CAPABILITY_MAX = 200;

    public CliDaemon {
        daemonId = requireDaemonId(daemonId);
        if (pid <= 0) {
            throw new ValidationException("pid must be a positive integer");
        }
        version = Text.required(version, VERSION_MAX, "version");
        watchPath = Text.required(watchPath, WATCH_PATH_MAX, "watchPath");
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        if (capabilities.size() > CAPABILITIES_MAX) {
            throw new ValidationException("At most " + CAPABILITIES_MAX + " capabilities are allowed");
        }
        capabilities.forEach(capability -> Text.optional(capability, CAPABILITY_MAX, "A capability"));
    }

    /** A daemon that registers now. */
    public static CliDaemon registering(String daemonId, int pid, String version, String watchPath, List<String> capabilities,
            long now) {
        return new CliDaemon(daemonId, pid, version, watchPath, capabilities, now, now);
    }

    /** The rule for the id a daemon names itself with, on every message it sends. */
    public static String requireDaemonId(String daemonId) {
        return Text.required(daemonId, DAEMON_ID_MAX, "daemonId");
    }

    public CliDaemon heartbeatAt(long now) {
        return new CliDaemon(daemonId, pid, version, watchPath, capabilities, registeredAt, now);
    }

    public boolean is(String otherDaemonId) {
        return daemonId.equals(Objects.requireNonNull(otherDaemonId, "otherDaemonId"));
    }
}
