package dev.agentpane.application.port.in.agent;

import dev.agentpane.domain.project.ProjectId;

/**
 * Agents, most recently updated first.
 *
 * @param projectId null for the agents of every project, at most {@link #ALL_PROJECTS_LIMIT}
 */
public record ListAgentsQuery(ProjectId projectId) {
    public static final int ALL_PROJECTS_LIMIT = 100;
}
