package dev.agentpane.domain.terraform;

/** A module id is already taken (possibly by a module of another registry). */
public class DuplicateTerraformModuleException extends RuntimeException {
    public DuplicateTerraformModuleException(TerraformModuleId id) {
        super("A Terraform module with this id already exists: " + id);
    }
}
