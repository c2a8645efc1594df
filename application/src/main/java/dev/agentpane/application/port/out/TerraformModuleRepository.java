package dev.agentpane.application.port.out;

import dev.agentpane.domain.terraform.DuplicateTerraformModuleException;
import dev.agentpane.domain.terraform.TerraformModule;
import dev.agentpane.domain.terraform.TerraformModuleFilter;
import dev.agentpane.domain.terraform.TerraformModuleId;
import dev.agentpane.domain.terraform.TerraformModuleQuery;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import java.util.List;
import java.util.Optional;

/** The modules of the Terraform registries; a module's registry must exist, and deleting it deletes its modules. */
public interface TerraformModuleRepository {
    /** @throws DuplicateTerraformModuleException when a module already has its id */
    void insert(TerraformModule module);

    /** Stores every field of an existing module; returns false when no module has its id. */
    boolean update(TerraformModule module);

    Optional<TerraformModule> findById(TerraformModuleId id);

    /** The modules matching the query's filter, most recently updated first (ties: id, newest first), at most the query's limit. */
    List<TerraformModule> find(TerraformModuleQuery query);

    /** How many modules match the filter, regardless of any limit. */
    long count(TerraformModuleFilter filter);

    /**
     * Makes {@code modules} the registry's whole module set, in one transaction (a sync stores the full set): the
     * registry's other modules are deleted; when any module cannot be stored, the old set stays.
     *
     * @throws IllegalArgumentException          when a module belongs to another registry
     * @throws DuplicateTerraformModuleException when a module's id is taken by a module of another registry
     */
    void replaceAllOfRegistry(TerraformRegistryId registryId, List<TerraformModule> modules);

    /** Returns false when no module has the id. */
    boolean deleteById(TerraformModuleId id);
}
