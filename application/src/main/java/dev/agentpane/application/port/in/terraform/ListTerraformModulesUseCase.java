package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.terraform.TerraformModuleQuery;

public interface ListTerraformModulesUseCase {
    /** The matching modules, most recently updated first, at most the query's limit. */
    TerraformModulePage list(TerraformModuleQuery query);
}
