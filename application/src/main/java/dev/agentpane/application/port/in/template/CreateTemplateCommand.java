package dev.agentpane.application.port.in.template;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.GithubRepositoryRef;
import dev.agentpane.domain.shared.SyncInterval;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.template.TemplateScope;
import java.util.List;
import java.util.Objects;

/**
 * A new template.
 *
 * @param branch              null for {@code main}
 * @param configPath          null for {@code .claude}
 * @param projectIds          the projects it serves (a project template needs one at least); every one must exist
 * @param syncIntervalMinutes null for no auto-sync
 */
public record CreateTemplateCommand(String name, String description, TemplateScope scope, GithubRepositoryRef repository,
        String branch, String configPath, List<ProjectId> projectIds, Integer syncIntervalMinutes) {
    public static final int MAX_PROJECTS = 100;

    public CreateTemplateCommand {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(repository, "repository");
        projectIds = requireProjectCount(projectIds == null ? List.of() : projectIds);
        SyncInterval.require(syncIntervalMinutes);
    }

    static List<ProjectId> requireProjectCount(List<ProjectId> projectIds) {
        if (projectIds.size() > MAX_PROJECTS) {
            throw new ValidationException("projectIds may name at most " + MAX_PROJECTS + " projects");
        }
        return List.copyOf(projectIds);
    }
}
