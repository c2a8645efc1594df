package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.GithubInstallationRepository;
import dev.agentpane.domain.githubinstallation.DuplicateGithubInstallationException;
import dev.agentpane.domain.githubinstallation.GithubInstallation;
import dev.agentpane.domain.githubinstallation.GithubInstallationId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Deleting an installation deletes its configs from {@link #repositoryConfigs()}, as the database's cascade does. */
public class InMemoryGithubInstallationRepository implements GithubInstallationRepository, InMemoryStore {
    private final Map<GithubInstallationId, GithubInstallation> installations = new LinkedHashMap<>();
    private final InMemoryRepositoryConfigRepository repositoryConfigs = new InMemoryRepositoryConfigRepository();

    public InMemoryRepositoryConfigRepository repositoryConfigs() {
        return repositoryConfigs;
    }

    @Override
    public synchronized void insert(GithubInstallation installation) {
        if (installations.containsKey(installation.id())) {
            throw new DuplicateGithubInstallationException(installation.installationId());
        }
        rejectTakenInstallationId(installation);
        installations.put(installation.id(), installation);
    }

    @Override
    public synchronized boolean update(GithubInstallation installation) {
        if (!installations.containsKey(installation.id())) {
            return false;
        }
        rejectTakenInstallationId(installation);
        installations.put(installation.id(), installation);
        return true;
    }

    private void rejectTakenInstallationId(GithubInstallation installation) {
        if (installations.values().stream().anyMatch(other -> !other.id().equals(installation.id())
                && other.installationId().equals(installation.installationId()))) {
            throw new DuplicateGithubInstallationException(installation.installationId());
        }
    }

    @Override
    public synchronized Optional<GithubInstallation> findById(GithubInstallationId id) {
        return Optional.ofNullable(installations.get(id));
    }

    @Override
    public synchronized Optional<GithubInstallation> findByInstallationId(String installationId) {
        return installations.values().stream().filter(installation -> installation.installationId().equals(installationId))
                .findFirst();
    }

    @Override
    public synchronized boolean deleteById(GithubInstallationId id) {
        if (installations.remove(id) == null) {
            return false;
        }
        repositoryConfigs.deleteByInstallation(id);
        return true;
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(installations);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        installations.clear();
        installations.putAll((Map<GithubInstallationId, GithubInstallation>) snapshot);
    }

    @Override
    public synchronized void clear() {
        installations.clear();
    }
}
