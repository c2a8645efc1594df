package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.terraform.TerraformRegistry;

public interface UpdateTerraformRegistryUseCase {
    /**
     * @throws dev.agentpane.domain.terraform.TerraformRegistryNotFoundException when no registry has the id
     * @throws dev.agentpane.domain.terraform.DuplicateTerraformRegistryOrgException when another registry has the new organization
     */
    TerraformRegistry update(UpdateTerraformRegistryCommand command);
}
