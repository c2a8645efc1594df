package dev.agentpane.domain.shared;

/**
 * A secret that cannot be what it claims to be: an Anthropic key that does not start with {@code sk-ant-}, a GitHub
 * token that starts with neither {@code ghp_} nor {@code github_pat_}. The message names the expected form only.
 */
public class InvalidSecretFormatException extends RuntimeException {
    public InvalidSecretFormatException(String message) {
        super(message);
    }
}
