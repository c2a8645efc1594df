package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.terraform.TerraformRegistry;
import java.util.List;

public interface ListTerraformRegistriesUseCase {
    /** Every registry, by name. */
    List<TerraformRegistry> list();
}
