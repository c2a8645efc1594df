package dev.agentpane.domain.clisession;

/**
 * The tokens of one recent turn of a CLI session.
 *
 * @param timestamp epoch milliseconds
 */
public record TurnMetrics(
        int turnNumber,
        long inputTokens,
        long outputTokens,
        long cacheReadTokens,
        long cacheCreationTokens,
        long timestamp) {

    public TurnMetrics {
        Counts.notNegative(turnNumber, "turnNumber");
        Counts.notNegative(inputTokens, "inputTokens");
        Counts.notNegative(outputTokens, "outputTokens");
        Counts.notNegative(cacheReadTokens, "cacheReadTokens");
        Counts.notNegative(cacheCreationTokens, "cacheCreationTokens");
    }
}
