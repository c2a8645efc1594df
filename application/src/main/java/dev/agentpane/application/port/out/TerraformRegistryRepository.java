package dev.agentpane.application.port.out;

import dev.agentpane.domain.terraform.DuplicateTerraformRegistryOrgException;
import dev.agentpane.domain.terraform.TerraformRegistry;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface TerraformRegistryRepository {
    /** @throws DuplicateTerraformRegistryOrgException when another registry has the same organization name */
    void insert(TerraformRegistry registry);

    /**
     * Stores every field of an existing registry; returns false when no registry has its id.
     *
     * @throws DuplicateTerraformRegistryOrgException when another registry has the new organization name
     */
    boolean update(TerraformRegistry registry);

    Optional<TerraformRegistry> findById(TerraformRegistryId id);

    /** Every registry, by name; ties broken by id. */
    List<TerraformRegistry> findAll();

    /**
     * The registries the scheduler should sync at {@code now}: those with an interval whose next sync is due
     * (at or before {@code now}) and that are not syncing already; the longest overdue first, ties broken by id.
     */
    List<TerraformRegistry> findDueForSync(Instant now);

    /** Deletes the registry and all its modules; returns false when no registry has the id. */
    boolean deleteById(TerraformRegistryId id);
}
