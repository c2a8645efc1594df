package dev.agentpane.domain.agent;

/**
 * How many agents a project may have working at once: at most its {@code maxConcurrentAgents} agents may be
 * {@link AgentStatus#ACTIVE starting, planning or running}. (The original counted only {@code running} agents, so
 * agents that had just started did not count.)
 */
public final class AgentConcurrency {
    private AgentConcurrency() {
    }

    /** Whether one more agent may start while {@code activeAgents} of the project are working. */
    public static boolean allowsAnother(long activeAgents, int maxConcurrentAgents) {
        return activeAgents < maxConcurrentAgents;
    }

    /** @throws ConcurrencyLimitExceededException when one more agent may not start */
    public static void requireRoomForAnother(long activeAgents, int maxConcurrentAgents) {
        if (!allowsAnother(activeAgents, maxConcurrentAgents)) {
            throw new ConcurrencyLimitExceededException(activeAgents, maxConcurrentAgents);
        }
    }
}
