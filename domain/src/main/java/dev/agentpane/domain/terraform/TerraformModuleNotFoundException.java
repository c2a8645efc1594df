package dev.agentpane.domain.terraform;

public class TerraformModuleNotFoundException extends RuntimeException {
    public TerraformModuleNotFoundException(TerraformModuleId id) {
        super("Terraform module not found: " + id);
    }
}
