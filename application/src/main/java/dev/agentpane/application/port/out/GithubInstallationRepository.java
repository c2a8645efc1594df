package dev.agentpane.application.port.out;

import dev.agentpane.domain.githubinstallation.DuplicateGithubInstallationException;
import dev.agentpane.domain.githubinstallation.GithubInstallation;
import dev.agentpane.domain.githubinstallation.GithubInstallationId;
import java.util.Optional;

public interface GithubInstallationRepository {
    /** @throws DuplicateGithubInstallationException when another installation has the same GitHub installation id */
    void insert(GithubInstallation installation);

    /**
     * Stores every field of an existing installation; returns false when no installation has its id.
     *
     * @throws DuplicateGithubInstallationException when another installation has the same GitHub installation id
     */
    boolean update(GithubInstallation installation);

    Optional<GithubInstallation> findById(GithubInstallationId id);

    /** The installation GitHub knows by {@code installationId}. */
    Optional<GithubInstallation> findByInstallationId(String installationId);

    /** Deletes the installation and its repository configs; returns false when no installation has the id. */
    boolean deleteById(GithubInstallationId id);
}
