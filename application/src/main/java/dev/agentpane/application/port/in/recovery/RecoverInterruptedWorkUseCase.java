package dev.agentpane.application.port.in.recovery;

public interface RecoverInterruptedWorkUseCase {
    /**
     * Puts back to rest the work a previous run of the server left half-done: agents left starting, planning or
     * running become idle without current task or session; in-progress tasks held by an agent return to the end of
     * their backlog without agent. One transaction per project. Meant to run once at start-up, before serving.
     */
    Recovered recover();

    /** How much was put back. */
    record Recovered(int agents, int tasks) {
    }
}
