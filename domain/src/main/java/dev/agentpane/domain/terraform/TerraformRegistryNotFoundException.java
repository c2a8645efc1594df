package dev.agentpane.domain.terraform;

public class TerraformRegistryNotFoundException extends RuntimeException {
    public TerraformRegistryNotFoundException(TerraformRegistryId id) {
        super("Terraform registry not found: " + id);
    }
}
