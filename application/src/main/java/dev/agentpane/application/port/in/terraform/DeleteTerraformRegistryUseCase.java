package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.terraform.TerraformRegistryId;

public interface DeleteTerraformRegistryUseCase {
    /**
     * Deletes the registry and its modules in one transaction.
     *
     * @throws dev.agentpane.domain.terraform.TerraformRegistryNotFoundException when no registry has the id
     */
    void delete(TerraformRegistryId id);
}
