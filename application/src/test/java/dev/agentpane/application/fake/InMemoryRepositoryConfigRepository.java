package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.RepositoryConfigRepository;
import dev.agentpane.domain.githubinstallation.GithubInstallationId;
import dev.agentpane.domain.githubinstallation.RepositoryConfig;
import dev.agentpane.domain.githubinstallation.RepositoryConfigId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Owned by {@link InMemoryGithubInstallationRepository}, which deletes an installation's configs with it. */
public class InMemoryRepositoryConfigRepository implements RepositoryConfigRepository, InMemoryStore {
    private final Map<RepositoryConfigId, RepositoryConfig> configs = new LinkedHashMap<>();

    InMemoryRepositoryConfigRepository() {
    }

    @Override
    public synchronized void insert(RepositoryConfig config) {
        if (configs.putIfAbsent(config.id(), config) != null) {
            throw new IllegalStateException("Repository config id already stored: " + config.id());
        }
    }

    @Override
    public synchronized boolean update(RepositoryConfig config) {
        return configs.replace(config.id(), config) != null;
    }

    @Override
    public synchronized Optional<RepositoryConfig> findById(RepositoryConfigId id) {
        return Optional.ofNullable(configs.get(id));
    }

    @Override
    public synchronized List<RepositoryConfig> findByInstallation(GithubInstallationId installationId) {
        return configs.values().stream()
                .filter(config -> config.installationId().equals(installationId))
                .sorted(Comparator.comparing(RepositoryConfig::owner).thenComparing(RepositoryConfig::repo)
                        .thenComparing(config -> config.id().value()))
                .toList();
    }

    @Override
    public synchronized boolean deleteById(RepositoryConfigId id) {
        return configs.remove(id) != null;
    }

    synchronized void deleteByInstallation(GithubInstallationId installationId) {
        configs.values().removeIf(config -> config.installationId().equals(installationId));
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(configs);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        configs.clear();
        configs.putAll((Map<RepositoryConfigId, RepositoryConfig>) snapshot);
    }

    @Override
    public synchronized void clear() {
        configs.clear();
    }
}
