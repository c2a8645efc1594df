package dev.agentpane.web.project;

import dev.agentpane.domain.project.Project;
import dev.agentpane.web.api.WireJson;
import java.util.Map;

/** A project on the wire: the original's DTO fields first, then the fields its client needs but never got (config, …). */
public record ProjectJson(
        String id,
        String name,
        String path,
        String description,
        String createdAt,
        String updatedAt,
        Map<String, Object> config,
        int maxConcurrentAgents,
        String configPath,
        String githubOwner,
        String githubRepo,
        String sandboxConfigId) {

    public static ProjectJson of(Project project) {
        return new ProjectJson(project.id().value(), project.name(), project.path(), project.description(),
                WireJson.instant(project.createdAt()), WireJson.instant(project.updatedAt()),
                project.config() == null ? null : project.config().fields(), project.maxConcurrentAgents(),
                project.configPath(), project.githubOwner(), project.githubRepo(),
                project.sandboxConfigId() == null ? null : project.sandboxConfigId().value());
    }
}
