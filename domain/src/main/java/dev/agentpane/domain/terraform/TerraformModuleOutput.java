package dev.agentpane.domain.terraform;

import java.util.Objects;

/** An output value of a module; {@code description} is null when the module does not document it. */
public record TerraformModuleOutput(String name, String description) {
    public TerraformModuleOutput {
        Objects.requireNonNull(name, "name");
    }
}
