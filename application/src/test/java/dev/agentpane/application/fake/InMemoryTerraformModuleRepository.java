package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.TerraformModuleRepository;
import dev.agentpane.domain.terraform.DuplicateTerraformModuleException;
import dev.agentpane.domain.terraform.TerraformModule;
import dev.agentpane.domain.terraform.TerraformModuleFilter;
import dev.agentpane.domain.terraform.TerraformModuleId;
import dev.agentpane.domain.terraform.TerraformModuleQuery;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Modules whose registry has been deleted are dropped before every operation: the fake's version of the database's
 * ON DELETE CASCADE. A module of a registry that does not exist is refused, as the foreign key refuses it.
 */
public class InMemoryTerraformModuleRepository implements TerraformModuleRepository, InMemoryStore {
    private static final Comparator<TerraformModule> MOST_RECENTLY_UPDATED_FIRST =
            Comparator.comparing(TerraformModule::updatedAt).thenComparing(module -> module.id().value()).reversed();

    private final Map<TerraformModuleId, TerraformModule> modules = new LinkedHashMap<>();
    private final InMemoryTerraformRegistryRepository registries;

    public InMemoryTerraformModuleRepository(InMemoryTerraformRegistryRepository registries) {
        this.registries = registries;
    }

    @Override
    public synchronized void insert(TerraformModule module) {
        dropOrphans();
        requireRegistry(module.registryId());
        if (modules.containsKey(module.id())) {
            throw new DuplicateTerraformModuleException(module.id());
        }
        modules.put(module.id(), module);
    }

    @Override
    public synchronized boolean update(TerraformModule module) {
        dropOrphans();
        if (!modules.containsKey(module.id())) {
            return false;
        }
        requireRegistry(module.registryId());
        modules.put(module.id(), module);
        return true;
    }

    @Override
    public synchronized Optional<TerraformModule> findById(TerraformModuleId id) {
        dropOrphans();
        return Optional.ofNullable(modules.get(id));
    }

    @Override
    public synchronized List<TerraformModule> find(TerraformModuleQuery query) {
        return matching(query.filter()).sorted(MOST_RECENTLY_UPDATED_FIRST).limit(query.limit()).toList();
    }

    @Override
    public synchronized long count(TerraformModuleFilter filter) {
        return matching(filter).count();
    }

    private Stream<TerraformModule> matching(TerraformModuleFilter filter) {
        dropOrphans();
        return modules.values().stream()
                .filter(module -> filter.registryId() == null || module.registryId().equals(filter.registryId()))
                .filter(module -> filter.provider() == null || module.provider().equals(filter.provider()))
                .filter(module -> filter.search() == null || containsIgnoringCase(module.name(), filter.search())
                        || containsIgnoringCase(module.description(), filter.search()));
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    @Override
    public synchronized void replaceAllOfRegistry(TerraformRegistryId registryId, List<TerraformModule> replacements) {
        dropOrphans();
        for (TerraformModule module : replacements) {
            if (!module.registryId().equals(registryId)) {
                throw new IllegalArgumentException("Module " + module.id() + " belongs to registry " + module.registryId()
                        + ", not " + registryId);
            }
        }
        requireRegistry(registryId);
        Map<TerraformModuleId, TerraformModule> replaced = new LinkedHashMap<>(modules);
        replaced.values().removeIf(module -> module.registryId().equals(registryId));
        for (TerraformModule module : replacements) {
            if (replaced.putIfAbsent(module.id(), module) != null) {
                throw new DuplicateTerraformModuleException(module.id());
            }
        }
        modules.clear();
        modules.putAll(replaced);
    }

    @Override
    public synchronized boolean deleteById(TerraformModuleId id) {
        dropOrphans();
        return modules.remove(id) != null;
    }

    private void dropOrphans() {
        modules.values().removeIf(module -> !registries.exists(module.registryId()));
    }

    private void requireRegistry(TerraformRegistryId registryId) {
        if (!registries.exists(registryId)) {
            throw new IllegalStateException("No Terraform registry " + registryId + " (foreign key violation)");
        }
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(modules);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        modules.clear();
        modules.putAll((Map<TerraformModuleId, TerraformModule>) snapshot);
    }

    @Override
    public synchronized void clear() {
        modules.clear();
    }
}
