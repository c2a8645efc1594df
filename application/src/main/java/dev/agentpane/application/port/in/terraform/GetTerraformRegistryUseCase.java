package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.terraform.TerraformRegistry;
import dev.agentpane.domain.terraform.TerraformRegistryId;

public interface GetTerraformRegistryUseCase {
    /** @throws dev.agentpane.domain.terraform.TerraformRegistryNotFoundException when no registry has the id */
    TerraformRegistry get(TerraformRegistryId id);
}
