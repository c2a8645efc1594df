package dev.agentpane.domain.shared;

/**
 * The server's encryption key cannot be used (its file has the wrong length, cannot be read or cannot be created), so
 * no secret can be stored or read until an operator repairs it. The message names the problem, never key material.
 */
public class EncryptionKeyInvalidException extends RuntimeException {
    public EncryptionKeyInvalidException(String message) {
        super(message);
    }

    public EncryptionKeyInvalidException(String message, Throwable cause) {
        super(message, cause);
    }
}
