package dev.agentpane.domain.terraform;

/** One registry per Terraform Cloud organization. */
public class DuplicateTerraformRegistryOrgException extends RuntimeException {
    public DuplicateTerraformRegistryOrgException(String orgName) {
        super("A Terraform registry for this organization already exists: " + orgName);
    }
}
