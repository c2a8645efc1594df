package dev.agentpane.domain.project;

import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A project: a git repository the team works on. {@link #create} makes a new one, {@link #withId} rebuilds a stored one.
 *
 * @param config          null until someone sets it (the original's POST leaves it null too)
 * @param sandboxConfigId the sandbox config its agents run with; null for none (the original dropped it)
 */
public record Project(
        ProjectId id,
        String name,
        String path,
        String description,
        ProjectConfig config,
        int maxConcurrentAgents,
        String githubOwner,
        String githubRepo,
        String configPath,
        SandboxConfigId sandboxConfigId,
        Instant createdAt,
        Instant updatedAt) {

    public static final int NAME_MAX = 500;
    public static final int PATH_MAX = 4096;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int MIN_CONCURRENT_AGENTS = 1;
    public static final int MAX_CONCURRENT_AGENTS = 10;
    public static final int DEFAULT_MAX_CONCURRENT_AGENTS = 3;
    public static final String DEFAULT_CONFIG_PATH = ".claude";

    public Project {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, NAME_MAX, "Name");
        path = Text.required(path, PATH_MAX, "Path");
        description = Text.optional(description, DESCRIPTION_MAX, "Description");
        Text.inRange(maxConcurrentAgents, MIN_CONCURRENT_AGENTS, MAX_CONCURRENT_AGENTS, "maxConcurrentAgents");
        configPath = configPath == null ? DEFAULT_CONFIG_PATH : configPath;
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Project create(String name, String path, String description, Instant now) {
        return create(name, path, description, null, now);
    }

    /** @param sandboxConfigId null for none */
    public static Project create(String name, String path, String description, SandboxConfigId sandboxConfigId, Instant now) {
        return new Project(ProjectId.generate(now.toEpochMilli()), name, path, description, null,
                DEFAULT_MAX_CONCURRENT_AGENTS, null, null, DEFAULT_CONFIG_PATH, sandboxConfigId, now, now);
    }

    public static Project withId(ProjectId id, String name, String path, String description, ProjectConfig config,
            int maxConcurrentAgents, String githubOwner, String githubRepo, String configPath,
            SandboxConfigId sandboxConfigId, Instant createdAt, Instant updatedAt) {
        return new Project(id, name, path, description, config, maxConcurrentAgents, githubOwner, githubRepo,
                configPath, sandboxConfigId, createdAt, updatedAt);
    }

    /** Applies the present (non-null) parts of {@code change}; the config patch merges shallowly over the stored config. */
    public Project apply(ProjectChange change, Instant now) {
        ProjectConfig newConfig = change.configPatch() == null
                ? config
                : (config == null ? ProjectConfig.of(change.configPatch()) : config.mergedWith(change.configPatch()));
        return new Project(id,
                change.name() == null ? name : change.name(),
                path,
                change.description() == null ? description : change.description(),
                newConfig,
                change.maxConcurrentAgents() == null ? maxConcurrentAgents : change.maxConcurrentAgents(),
                githubOwner, githubRepo, configPath, sandboxConfigId, createdAt, now);
    }
}
