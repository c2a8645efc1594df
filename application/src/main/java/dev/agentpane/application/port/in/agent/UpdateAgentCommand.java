package dev.agentpane.application.port.in.agent;

import dev.agentpane.domain.agent.AgentConfigPatch;
import dev.agentpane.domain.agent.AgentId;
import java.util.Objects;

/** Config fields to merge into an agent's stored config; at least one must be given. */
public record UpdateAgentCommand(AgentId id, AgentConfigPatch config) {
    public UpdateAgentCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(config, "config");
    }
}
