package dev.agentpane.domain.agent;

/** A project already has as many working agents as it allows. */
public class ConcurrencyLimitExceededException extends RuntimeException {
    private final long currentAgents;
    private final int maxAgents;

    public ConcurrencyLimitExceededException(long currentAgents, int maxAgents) {
        super("Concurrency limit reached: " + currentAgents + "/" + maxAgents + " agents are working");
        this.currentAgents = currentAgents;
        this.maxAgents = maxAgents;
    }

    public long currentAgents() {
        return currentAgents;
    }

    public int maxAgents() {
        return maxAgents;
    }
}
