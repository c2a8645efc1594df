package dev.agentpane.web.template;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.template.CachedAgent;
import dev.agentpane.domain.template.CachedCommand;
import dev.agentpane.domain.template.CachedSkill;
import dev.agentpane.domain.template.Template;
import dev.agentpane.web.api.WireJson;
import java.util.List;

/**
 * A template on the wire: every column of the original's row in camelCase (reference §1.21) plus {@code projectIds}.
 *
 * @param projectId the original's single project: the legacy column when set, else the first of {@code projectIds}
 */
public record TemplateJson(
        String id,
        String name,
        String description,
        String scope,
        String githubOwner,
        String githubRepo,
        String branch,
        String configPath,
        String projectId,
        String status,
        String lastSyncSha,
        String lastSyncedAt,
        String syncError,
        Integer syncIntervalMinutes,
        String nextSyncAt,
        List<CachedSkill> cachedSkills,
        List<CachedCommand> cachedCommands,
        List<CachedAgent> cachedAgents,
        String createdAt,
        String updatedAt,
        List<String> projectIds) {

    public static TemplateJson of(Template template) {
        List<String> projectIds = template.projectIds().stream().map(ProjectId::value).toList();
        String projectId = template.legacyProjectId() != null ? template.legacyProjectId().value()
                : projectIds.isEmpty() ? null : projectIds.get(0);
        return new TemplateJson(template.id().value(), template.name(), template.description(), template.scope().wireValue(),
                template.githubOwner(), template.githubRepo(), template.branch(), template.configPath(), projectId,
                template.status().wireValue(), template.lastSyncSha(), WireJson.instant(template.lastSyncedAt()),
                template.syncError(), template.syncIntervalMinutes(), WireJson.instant(template.nextSyncAt()),
                template.cachedSkills(), template.cachedCommands(), template.cachedAgents(),
                WireJson.instant(template.createdAt()), WireJson.instant(template.updatedAt()), projectIds);
    }
}
