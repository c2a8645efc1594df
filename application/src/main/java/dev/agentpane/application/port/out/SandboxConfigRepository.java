package dev.agentpane.application.port.out;

import dev.agentpane.domain.sandbox.DuplicateSandboxConfigNameException;
import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import java.util.List;
import java.util.Optional;

/** Sandbox configs; writing one that is the default takes the flag from the previous default in the same transaction. */
public interface SandboxConfigRepository {
    /** @throws DuplicateSandboxConfigNameException when another config has the same name (nothing is changed then) */
    void insert(SandboxConfig config);

    /**
     * Stores every field of an existing config; returns false when no config has its id (nothing is changed then).
     *
     * @throws DuplicateSandboxConfigNameException when another config has the new name (nothing is changed then)
     */
    boolean update(SandboxConfig config);

    Optional<SandboxConfig> findById(SandboxConfigId id);

    /**
     * Like {@link #findById}, and in a transaction the config then stays as it is until the transaction ends: no project
     * can start using it meanwhile, so a count of its projects stays true until a delete.
     */
    Optional<SandboxConfig> findByIdForUpdate(SandboxConfigId id);

    Optional<SandboxConfig> findDefault();

    /** The default first, then most recently updated first (ties: id, newest first), one page of them. */
    List<SandboxConfig> findDefaultFirst(int limit, int offset);

    long count();

    /** How many projects run their sandboxes with this config; a config in use must not be deleted. */
    long countProjectsUsing(SandboxConfigId id);

    /** Deletes a config no project uses; callers check {@link #countProjectsUsing} after {@link #findByIdForUpdate}. */
    boolean deleteById(SandboxConfigId id);
}
