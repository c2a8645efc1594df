package dev.agentpane.domain.terraform;

import dev.agentpane.domain.shared.WireValue;

/** Where a registry stands with its module sync ({@code TERRAFORM_REGISTRY_STATUSES}). */
public enum TerraformRegistryStatus implements WireValue {
    ACTIVE("active"),
    SYNCING("syncing"),
    ERROR("error");

    private final String wireValue;

    TerraformRegistryStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
