package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.SandboxConfigRepository;
import dev.agentpane.domain.sandbox.DuplicateSandboxConfigNameException;
import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sandbox configs in memory; the projects fake says which configs are in use (see {@link #usedBy}). */
public class InMemorySandboxConfigRepository implements SandboxConfigRepository, InMemoryStore {
    private final Map<SandboxConfigId, SandboxConfig> configs = new LinkedHashMap<>();
    private InMemoryProjectRepository projects;

    /** The projects fake is made after this one, since it checks its projects' configs here. */
    void usedBy(InMemoryProjectRepository projectsFake) {
        this.projects = projectsFake;
    }

    @Override
    public synchronized void insert(SandboxConfig config) {
        refuseDuplicateName(config);
        store(config);
    }

    @Override
    public synchronized boolean update(SandboxConfig config) {
        if (!configs.containsKey(config.id())) {
            return false;
        }
        refuseDuplicateName(config);
        store(config);
        return true;
    }

    private void refuseDuplicateName(SandboxConfig config) {
        if (configs.values().stream().anyMatch(other -> !other.id().equals(config.id()) && other.name().equals(config.name()))) {
            throw new DuplicateSandboxConfigNameException(config.name());
        }
    }

    /** Like the database adapter, takes the default flag from any other config without touching its updatedAt. */
    private void store(SandboxConfig config) {
        if (config.isDefault()) {
            configs.replaceAll((id, other) -> other.isDefault() && !id.equals(config.id())
                    ? other.asDefault(false, other.updatedAt()) : other);
        }
        configs.put(config.id(), config);
    }

    @Override
    public synchronized Optional<SandboxConfig> findById(SandboxConfigId id) {
        return Optional.ofNullable(configs.get(id));
    }

    /** One lock serialises every fake; holding the config needs nothing more. */
    @Override
    public synchronized Optional<SandboxConfig> findByIdForUpdate(SandboxConfigId id) {
        return findById(id);
    }

    @Override
    public synchronized Optional<SandboxConfig> findDefault() {
        return configs.values().stream().filter(SandboxConfig::isDefault).findFirst();
    }

    @Override
    public synchronized List<SandboxConfig> findDefaultFirst(int limit, int offset) {
        return configs.values().stream()
                .sorted(Comparator.comparing(SandboxConfig::isDefault)
                        .thenComparing(SandboxConfig::updatedAt)
                        .thenComparing(config -> config.id().value())
                        .reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long count() {
        return configs.size();
    }

    @Override
    public long countProjectsUsing(SandboxConfigId id) {
        return projects == null ? 0 : projects.countUsing(id);
    }

    @Override
    public synchronized boolean deleteById(SandboxConfigId id) {
        return configs.remove(id) != null;
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(configs);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        configs.clear();
        configs.putAll((Map<SandboxConfigId, SandboxConfig>) snapshot);
    }

    @Override
    public synchronized void clear() {
        configs.clear();
    }
}
