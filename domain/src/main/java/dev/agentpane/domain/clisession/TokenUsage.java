package dev.agentpane.domain.clisession;

/**
 * Tokens a CLI session has used so far.
 *
 * @param ephemeral5mTokens null when the CLI did not report it (older CLI versions)
 * @param ephemeral1hTokens null when the CLI did not report it
 */
public record TokenUsage(
        long inputTokens,
        long outputTokens,
        long cacheCreationTokens,
        long cacheReadTokens,
        Long ephemeral5mTokens,
        Long ephemeral1hTokens) {

    public TokenUsage {
        Counts.notNegative(inputTokens, "inputTokens");
        Counts.notNegative(outputTokens, "outputTokens");
        Counts.notNegative(cacheCreationTokens, "cacheCreationTokens");
        Counts.notNegative(cacheReadTokens, "cacheReadTokens");
        if (ephemeral5mTokens != null) {
            Counts.notNegative(ephemeral5mTokens, "ephemeral5mTokens");
        }
        if (ephemeral1hTokens != null) {
            Counts.notNegative(ephemeral1hTokens, "ephemeral1hTokens");
        }
    }
}
