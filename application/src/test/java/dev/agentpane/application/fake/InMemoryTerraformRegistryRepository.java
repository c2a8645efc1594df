package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.TerraformRegistryRepository;
import dev.agentpane.domain.terraform.DuplicateTerraformRegistryOrgException;
import dev.agentpane.domain.terraform.TerraformRegistry;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import dev.agentpane.domain.terraform.TerraformRegistryStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Deleting a registry here deletes its modules because {@link InMemoryTerraformModuleRepository} drops orphans. */
public class InMemoryTerraformRegistryRepository implements TerraformRegistryRepository, InMemoryStore {
    private final Map<TerraformRegistryId, TerraformRegistry> registries = new LinkedHashMap<>();

    @Override
    public synchronized void insert(TerraformRegistry registry) {
        if (registries.containsKey(registry.id())) {
            throw new DuplicateTerraformRegistryOrgException(registry.orgName());
        }
        requireOrgFree(registry);
        registries.put(registry.id(), registry);
    }

    @Override
    public synchronized boolean update(TerraformRegistry registry) {
        if (!registries.containsKey(registry.id())) {
            return false;
        }
        requireOrgFree(registry);
        registries.put(registry.id(), registry);
        return true;
    }

    private void requireOrgFree(TerraformRegistry registry) {
        if (registries.values().stream()
                .anyMatch(other -> other.orgName().equals(registry.orgName()) && !other.id().equals(registry.id()))) {
            throw new DuplicateTerraformRegistryOrgException(registry.orgName());
        }
    }

    @Override
    public synchronized Optional<TerraformRegistry> findById(TerraformRegistryId id) {
        return Optional.ofNullable(registries.get(id));
    }

    synchronized boolean exists(TerraformRegistryId id) {
        return registries.containsKey(id);
    }

    @Override
    public synchronized List<TerraformRegistry> findAll() {
        return registries.values().stream()
                .sorted(Comparator.comparing(TerraformRegistry::name).thenComparing(registry -> registry.id().value()))
                .toList();
    }

    @Override
    public synchronized List<TerraformRegistry> findDueForSync(Instant now) {
        return registries.values().stream()
                .filter(registry -> registry.syncIntervalMinutes() != null && registry.nextSyncAt() != null
                        && !registry.nextSyncAt().isAfter(now) && registry.status() != TerraformRegistryStatus.SYNCING)
                .sorted(Comparator.comparing(TerraformRegistry::nextSyncAt).thenComparing(registry -> registry.id().value()))
                .toList();
    }

    @Override
    public synchronized boolean deleteById(TerraformRegistryId id) {
        return registries.remove(id) != null;
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(registries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        registries.clear();
        registries.putAll((Map<TerraformRegistryId, TerraformRegistry>) snapshot);
    }

    @Override
    public synchronized void clear() {
        registries.clear();
    }
}
