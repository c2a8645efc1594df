package dev.agentpane.application.terraform;

import dev.agentpane.application.port.in.terraform.ComposeTerraformCommand;
import dev.agentpane.application.port.in.terraform.ComposeTerraformUseCase;
import dev.agentpane.application.port.in.terraform.ValidateTerraformCommand;
import dev.agentpane.application.port.in.terraform.ValidateTerraformUseCase;
import dev.agentpane.application.port.out.TerraformRegistryRepository;
import dev.agentpane.domain.terraform.TerraformComposeUnavailableException;
import dev.agentpane.domain.terraform.TerraformRegistryNotFoundException;
import dev.agentpane.domain.terraform.TerraformValidationUnavailableException;

/**
 * Writing Terraform: validation (Terraform CLI) and AI composition. Neither integration exists yet, so each request
 * is checked and then refused as unavailable.
 */
public class TerraformComposeService implements ValidateTerraformUseCase, ComposeTerraformUseCase {
    private final TerraformRegistryRepository registries;

    public TerraformComposeService(TerraformRegistryRepository registries) {
        this.registries = registries;
    }

    @Override
    public void validate(ValidateTerraformCommand command) {
        throw new TerraformValidationUnavailableException();
    }

    @Override
    public void compose(ComposeTerraformCommand command) {
        if (command.registryId() != null && registries.findById(command.registryId()).isEmpty()) {
            throw new TerraformRegistryNotFoundException(command.registryId());
        }
        throw new TerraformComposeUnavailableException();
    }

    @Override
    public void streamEvents(String sessionId) {
        throw new TerraformComposeUnavailableException();
    }
}
