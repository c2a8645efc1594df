package dev.agentpane.domain.shared;

/**
 * A stored secret that this server cannot decrypt: it was altered, or it was encrypted under another key (the key file
 * was replaced or lost). The secret has to be entered again. The message never contains any part of the secret.
 */
public class SecretUnreadableException extends RuntimeException {
    public SecretUnreadableException(String message) {
        super(message);
    }
}
