package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.terraform.TerraformRegistryChange;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import java.util.Objects;

public record UpdateTerraformRegistryCommand(TerraformRegistryId id, TerraformRegistryChange change) {
    public UpdateTerraformRegistryCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
    }
}
