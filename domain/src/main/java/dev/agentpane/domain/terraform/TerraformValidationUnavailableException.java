package dev.agentpane.domain.terraform;

/** Validating Terraform code needs the Terraform CLI, which this server does not run (yet). */
public class TerraformValidationUnavailableException extends RuntimeException {
    public TerraformValidationUnavailableException() {
        super("Terraform validation is not available on this server yet");
    }
}
