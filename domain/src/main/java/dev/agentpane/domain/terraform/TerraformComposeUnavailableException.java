package dev.agentpane.domain.terraform;

/** Composing Terraform with an AI model is not available on this server (yet). */
public class TerraformComposeUnavailableException extends RuntimeException {
    public TerraformComposeUnavailableException() {
        super("Terraform composition is not available on this server yet");
    }
}
