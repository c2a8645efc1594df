package dev.agentpane.application.port.in.agent;

import dev.agentpane.domain.agent.AgentConfigPatch;
import dev.agentpane.domain.agent.AgentType;
import dev.agentpane.domain.project.ProjectId;
import java.util.Objects;

/**
 * A new agent of a project.
 *
 * @param config the requested config fields; those not given fall back to the project's config
 */
public record CreateAgentCommand(ProjectId projectId, String name, AgentType type, AgentConfigPatch config) {
    public CreateAgentCommand {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(type, "type");
        config = config == null ? AgentConfigPatch.none() : config;
    }
}
