package dev.agentpane.bootstrap;

/** A variable of the environment is missing or wrong; the message is one line naming it and what it allows. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}
