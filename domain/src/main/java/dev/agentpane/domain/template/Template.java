package dev.agentpane.domain.template;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.SyncInterval;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A Claude configuration template synced from a GitHub repository. {@link #create} makes a new one, {@link #withId}
 * rebuilds a stored one.
 *
 * @param legacyProjectId     the single project of templates made before they could serve several; deleting that
 *                            project deletes the template. Null for templates made here, which name their projects in
 *                            {@code projectIds} only (so deleting one of several projects never deletes the template)
 * @param projectIds          the projects the template serves, as a set: distinct and ordered by id
 * @param syncIntervalMinutes null when auto-sync is off
 * @param cachedSkills        null until the first successful sync, like the cached commands and agents
 */
public record Template(
        TemplateId id,
        String name,
        String description,
        TemplateScope scope,
        String githubOwner,
        String githubRepo,
        String branch,
        String configPath,
        ProjectId legacyProjectId,
        List<ProjectId> projectIds,
        TemplateStatus status,
        String lastSyncSha,
        Instant lastSyncedAt,
        String syncError,
        Integer syncIntervalMinutes,
        Instant nextSyncAt,
        List<CachedSkill> cachedSkills,
        List<CachedCommand> cachedCommands,
        List<CachedAgent> cachedAgents,
        Instant createdAt,
        Instant updatedAt) {

    public static final int NAME_MAX = 500;
    public static final int DESCRIPTION_MAX = 10_000;
    /** GitHub's own limit for owner and repository names. */
    public static final int GITHUB_NAME_MAX = 100;
    public static final int BRANCH_MAX = 250;
    public static final int CONFIG_PATH_MAX = 1000;
    public static final int MIN_SYNC_INTERVAL_MINUTES = SyncInterval.MIN_MINUTES;
    public static final String DEFAULT_BRANCH = "main";
    public static final String DEFAULT_CONFIG_PATH = ".claude";

    public Template {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, NAME_MAX, "Name");
        description = Text.optional(description, DESCRIPTION_MAX, "Description");
        Objects.requireNonNull(scope, "scope");
        githubOwner = Text.required(githubOwner, GITHUB_NAME_MAX, "GitHub owner");
        githubRepo = Text.required(githubRepo, GITHUB_NAME_MAX, "GitHub repository");
        branch = Text.required(branch, BRANCH_MAX, "Branch");
        configPath = Text.required(configPath, CONFIG_PATH_MAX, "Config path");
        projectIds = projectIds.stream().distinct().sorted(Comparator.comparing(ProjectId::value)).toList();
        Objects.requireNonNull(status, "status");
        SyncInterval.require(syncIntervalMinutes);
        cachedSkills = cachedSkills == null ? null : List.copyOf(cachedSkills);
        cachedCommands = cachedCommands == null ? null : List.copyOf(cachedCommands);
        cachedAgents = cachedAgents == null ? null : List.copyOf(cachedAgents);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new, never synced template; a project-scoped one needs at least one project
     * ({@link TemplateProjectRequiredException}). A null branch or config path takes the default; a sync interval
     * schedules the first sync one interval from now.
     */
    public static Template create(String name, String description, TemplateScope scope, String githubOwner,
            String githubRepo, String branch, String configPath, List<ProjectId> projectIds,
            Integer syncIntervalMinutes, Instant now) {
        requireProjectsForScope(scope, projectIds);
        return new Template(TemplateId.generate(now.toEpochMilli()), name, description, scope, githubOwner, githubRepo,
                branch == null ? DEFAULT_BRANCH : branch, configPath == null ? DEFAULT_CONFIG_PATH : configPath,
                null, projectIds, TemplateStatus.ACTIVE, null, null, null, SyncInterval.require(syncIntervalMinutes),
                SyncInterval.nextSyncAt(syncIntervalMinutes, now), null, null, null, now, now);
    }

    public static Template withId(TemplateId id, String name, String description, TemplateScope scope,
            String githubOwner, String githubRepo, String branch, String configPath, ProjectId legacyProjectId,
            List<ProjectId> projectIds, TemplateStatus status, String lastSyncSha, Instant lastSyncedAt,
            String syncError, Integer syncIntervalMinutes, Instant nextSyncAt, List<CachedSkill> cachedSkills,
            List<CachedCommand> cachedCommands, List<CachedAgent> cachedAgents, Instant createdAt, Instant updatedAt) {
        return new Template(id, name, description, scope, githubOwner, githubRepo, branch, configPath,
                legacyProjectId, projectIds, status, lastSyncSha, lastSyncedAt, syncError, syncIntervalMinutes,
                nextSyncAt, cachedSkills, cachedCommands, cachedAgents, createdAt, updatedAt);
    }

    private static void requireProjectsForScope(TemplateScope scope, List<ProjectId> projectIds) {
        if (scope == TemplateScope.PROJECT && projectIds.isEmpty()) {
            throw new TemplateProjectRequiredException();
        }
    }

    /**
     * The template after a partial update: each non-null part replaces the stored one; a new project set replaces
     * the old one whole (a project template may not end with none); a new sync interval reschedules the next sync
     * from {@code now} (or unschedules it).
     */
    public Template apply(TemplateChange change, Instant now) {
        List<ProjectId> newProjectIds = change.projectIds() == null ? projectIds : change.projectIds();
        if (change.projectIds() != null) {
            requireProjectsForScope(scope, newProjectIds);
        }
        Integer newInterval = change.syncInterval() == null ? syncIntervalMinutes : change.syncInterval().minutes();
        Instant newNextSyncAt = change.syncInterval() == null ? nextSyncAt : SyncInterval.nextSyncAt(newInterval, now);
        return new Template(id, change.name() == null ? name : change.name(),
                change.description() == null ? description : change.description(), scope, githubOwner, githubRepo,
                change.branch() == null ? branch : change.branch(), change.configPath() == null ? configPath : change.configPath(),
                legacyProjectId, newProjectIds, status, lastSyncSha, lastSyncedAt, syncError, newInterval, newNextSyncAt,
                cachedSkills, cachedCommands, cachedAgents, createdAt, now);
    }

    /** The same template serving {@code newProjectIds} instead. */
    public Template withProjects(List<ProjectId> newProjectIds, Instant now) {
        return new Template(id, name, description, scope, githubOwner, githubRepo, branch, configPath,
                legacyProjectId, newProjectIds, status, lastSyncSha, lastSyncedAt, syncError, syncIntervalMinutes,
                nextSyncAt, cachedSkills, cachedCommands, cachedAgents, createdAt, now);
    }

    /** The same template after a successful sync: caches replaced, error cleared, next sync scheduled. */
    public Template synced(String sha, List<CachedSkill> skills, List<CachedCommand> commands, List<CachedAgent> agents,
            Instant now) {
        Instant nextSync = SyncInterval.nextSyncAt(syncIntervalMinutes, now);
        return new Template(id, name, description, scope, githubOwner, githubRepo, branch, configPath,
                legacyProjectId, projectIds, TemplateStatus.ACTIVE, sha, now, null, syncIntervalMinutes,
                nextSync, skills, commands, agents, createdAt, now);
    }

    /** The same template with its status changed (e.g. to {@code syncing} while a sync runs). */
    public Template withStatus(TemplateStatus newStatus, Instant now) {
        return new Template(id, name, description, scope, githubOwner, githubRepo, branch, configPath,
                legacyProjectId, projectIds, newStatus, lastSyncSha, lastSyncedAt, syncError, syncIntervalMinutes,
                nextSyncAt, cachedSkills, cachedCommands, cachedAgents, createdAt, now);
    }
}
