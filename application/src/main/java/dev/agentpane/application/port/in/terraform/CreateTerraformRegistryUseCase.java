package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.terraform.TerraformRegistry;

public interface CreateTerraformRegistryUseCase {
    /** @throws dev.agentpane.domain.terraform.DuplicateTerraformRegistryOrgException when a registry has the organization already */
    TerraformRegistry create(CreateTerraformRegistryCommand command);
}
