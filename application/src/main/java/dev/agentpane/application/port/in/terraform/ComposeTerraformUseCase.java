package dev.agentpane.application.port.in.terraform;

public interface ComposeTerraformUseCase {
    /**
     * Starts composing Terraform from the conversation; until the AI integration exists, refused as unavailable.
     *
     * @throws dev.agentpane.domain.terraform.TerraformRegistryNotFoundException when the named registry does not exist
     * @throws dev.agentpane.domain.terraform.TerraformComposeUnavailableException otherwise, for now
     */
    void compose(ComposeTerraformCommand command);

    /**
     * The live events of a compose session; no session can exist until composing is available.
     *
     * @throws dev.agentpane.domain.terraform.TerraformComposeUnavailableException always, for now
     */
    void streamEvents(String sessionId);
}
