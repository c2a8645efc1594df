package dev.agentpane.domain.agent;

import java.util.List;

/**
 * How an agent runs.
 *
 * @param maxTurns    null when unset (the project's or the default applies)
 * @param temperature null when unset
 */
public record AgentConfig(List<String> allowedTools, Integer maxTurns, String model, String systemPrompt, Double temperature) {
    public AgentConfig {
        allowedTools = allowedTools == null ? List.of() : List.copyOf(allowedTools);
    }
}
