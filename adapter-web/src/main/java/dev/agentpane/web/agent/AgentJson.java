package dev.agentpane.web.agent;

import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentConfig;
import dev.agentpane.web.api.WireJson;
import java.util.List;

/** An agent on the wire: every column of the original's row in camelCase (reference §1.3), absent values as explicit nulls. */
public record AgentJson(
        String id,
        String projectId,
        String name,
        String type,
        String status,
        ConfigJson config,
        String currentTaskId,
        String currentSessionId,
        int currentTurn,
        String createdAt,
        String updatedAt) {

    /** The original's {@code AgentConfig}: {@code {allowedTools, maxTurns, model?, systemPrompt?, temperature?}}. */
    public record ConfigJson(List<String> allowedTools, Integer maxTurns, String model, String systemPrompt, Double temperature) {
        static ConfigJson of(AgentConfig config) {
            return config == null ? null
                    : new ConfigJson(config.allowedTools(), config.maxTurns(), config.model(), config.systemPrompt(), config.temperature());
        }
    }

    public static AgentJson of(Agent agent) {
        return new AgentJson(agent.id().value(), agent.projectId().value(), agent.name(), agent.type().wireValue(),
                agent.status().wireValue(), ConfigJson.of(agent.config()),
                agent.currentTaskId() == null ? null : agent.currentTaskId().value(), agent.currentSessionId(), agent.currentTurn(),
                WireJson.instant(agent.createdAt()), WireJson.instant(agent.updatedAt()));
    }
}
