package dev.agentpane.application.port.in.terraform;

public interface ValidateTerraformUseCase {
    /**
     * Validates the code with the Terraform CLI; until that integration exists, refused as unavailable.
     *
     * @throws dev.agentpane.domain.terraform.TerraformValidationUnavailableException always, for now
     */
    void validate(ValidateTerraformCommand command);
}
