package dev.agentpane.application.port.in.climonitor;

/**
 * A daemon announces itself (reference §4.14): it becomes the one daemon of the CLI monitor. Another daemon's sessions
 * leave the live view; the same daemon registering again keeps them.
 */
public interface RegisterCliDaemonUseCase {
    void register(RegisterCliDaemonCommand command);
}
