package dev.agentpane.domain.apikey;

/** A service has at most one stored key; a new key replaces the old one instead. */
public class DuplicateApiKeyServiceException extends RuntimeException {
    public DuplicateApiKeyServiceException(String service) {
        super("An API key for this service already exists: " + service);
    }
}
