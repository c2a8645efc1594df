package dev.agentpane.application.port.out;

import dev.agentpane.domain.githubinstallation.GithubInstallationId;
import dev.agentpane.domain.githubinstallation.RepositoryConfig;
import dev.agentpane.domain.githubinstallation.RepositoryConfigId;
import java.util.List;
import java.util.Optional;

/** The repository configs of GitHub installations; those of a deleted installation are deleted with it. */
public interface RepositoryConfigRepository {
    /** The installation must be stored already. */
    void insert(RepositoryConfig config);

    /** Stores every field of an existing config; returns false when no config has its id. */
    boolean update(RepositoryConfig config);

    Optional<RepositoryConfig> findById(RepositoryConfigId id);

    /** The configs of one installation, by owner then repository name. */
    List<RepositoryConfig> findByInstallation(GithubInstallationId installationId);

    /** Returns false when no config has the id. */
    boolean deleteById(RepositoryConfigId id);
}
