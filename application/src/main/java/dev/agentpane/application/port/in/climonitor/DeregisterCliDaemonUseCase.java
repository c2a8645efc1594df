package dev.agentpane.application.port.in.climonitor;

/** The registered daemon leaves with its sessions; any other daemon's deregistration changes nothing. */
public interface DeregisterCliDaemonUseCase {
    void deregister(DeregisterCliDaemonCommand command);
}
