package dev.agentpane.domain.shared;

/** Input that breaks a rule of the domain or of a use case's command. The message is meant for the user. */
public class ValidationException extends RuntimeException {
    public ValidationException(String message) {
        super(message);
    }
}
