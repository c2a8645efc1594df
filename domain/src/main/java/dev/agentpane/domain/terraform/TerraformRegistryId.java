package dev.agentpane.domain.terraform;

import dev.agentpane.domain.shared.EntityId;

public record TerraformRegistryId(String value) {
    public TerraformRegistryId {
        EntityId.require(value, "id");
    }

    public static TerraformRegistryId of(String value) {
        return new TerraformRegistryId(value);
    }

    public static TerraformRegistryId generate(long epochMillis) {
        return new TerraformRegistryId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
