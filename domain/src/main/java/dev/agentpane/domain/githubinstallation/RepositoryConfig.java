package dev.agentpane.domain.githubinstallation;

import dev.agentpane.domain.shared.Text;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration read from one repository of a {@link GithubInstallation}; it goes when its installation goes.
 * {@link #create} makes a new one, {@link #withId} rebuilds a stored one.
 *
 * @param config   the repository's configuration as an open JSON object (plain Java values); null until synced
 * @param syncedAt null until synced
 */
public record RepositoryConfig(
        RepositoryConfigId id,
        GithubInstallationId installationId,
        String owner,
        String repo,
        Map<String, Object> config,
        Instant syncedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** GitHub allows 39 characters for an owner and 100 for a repository name. */
    public static final int OWNER_MAX = 100;
    public static final int REPO_MAX = 100;

    public RepositoryConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(installationId, "installationId");
        owner = Text.required(owner, OWNER_MAX, "Owner");
        repo = Text.required(repo, REPO_MAX, "Repository");
        // A copy, not Map.copyOf: JSON objects may hold null values.
        config = config == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(config));
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static RepositoryConfig create(GithubInstallationId installationId, String owner, String repo, Instant now) {
        return new RepositoryConfig(RepositoryConfigId.generate(now.toEpochMilli()), installationId, owner, repo, null,
                null, now, now);
    }

    public static RepositoryConfig withId(RepositoryConfigId id, GithubInstallationId installationId, String owner,
            String repo, Map<String, Object> config, Instant syncedAt, Instant createdAt, Instant updatedAt) {
        return new RepositoryConfig(id, installationId, owner, repo, config, syncedAt, createdAt, updatedAt);
    }
}
