package dev.agentpane.domain.shared;

/**
 * Syncing from an outside system (GitHub for templates and marketplaces, Terraform Cloud for registries) is not
 * available on this server yet; the integration comes with its own issue.
 */
public class SyncUnavailableException extends RuntimeException {
    public SyncUnavailableException(String source) {
        super("Syncing from " + source + " is not available on this server yet");
    }
}
