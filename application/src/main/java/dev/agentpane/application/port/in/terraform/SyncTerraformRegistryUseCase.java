package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.terraform.TerraformRegistryId;

public interface SyncTerraformRegistryUseCase {
    /**
     * Syncs the registry's modules from Terraform Cloud; until that integration exists, refused as unavailable.
     *
     * @throws dev.agentpane.domain.terraform.TerraformRegistryNotFoundException when no registry has the id
     * @throws dev.agentpane.domain.shared.SyncUnavailableException when the registry exists
     */
    void sync(TerraformRegistryId id);
}
