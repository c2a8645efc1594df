package dev.agentpane.application.port.in.terraform;

import dev.agentpane.domain.shared.ValidationException;

/**
 * Terraform code to validate.
 *
 * @param tfvars variable values in {@code .tfvars} syntax; null for none
 */
public record ValidateTerraformCommand(String code, String tfvars) {
    public ValidateTerraformCommand {
        if (code == null || code.isEmpty()) {
            throw new ValidationException("code field is required");
        }
    }
}
