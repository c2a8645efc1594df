package dev.agentpane.domain.clisession;

/** A message from a daemon that is not the registered one (none is, another one is, or it timed out). */
public class UnknownCliDaemonException extends RuntimeException {
    public UnknownCliDaemonException(String daemonId) {
        super("CLI monitor daemon not registered: " + daemonId);
    }
}
