package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.terraform.TerraformModule;
import dev.agentpane.domain.terraform.TerraformModuleId;

public interface GetTerraformModuleUseCase {
    /** @throws dev.agentpane.domain.terraform.TerraformModuleNotFoundException when no module has the id */
    TerraformModule get(TerraformModuleId id);
}
