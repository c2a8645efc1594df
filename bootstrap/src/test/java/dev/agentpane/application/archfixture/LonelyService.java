package dev.agentpane.application.archfixture;

/** Breaks the service rule: a service that implements an interface, but no inbound use case. */
public class LonelyService implements Runnable {
    @Override
    public void run() {
    }
}
