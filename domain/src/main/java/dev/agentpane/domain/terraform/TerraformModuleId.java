package dev.agentpane.domain.terraform;

import dev.agentpane.domain.shared.EntityId;

public record TerraformModuleId(String value) {
    public TerraformModuleId {
        EntityId.require(value, "id");
    }

    public static TerraformModuleId of(String value) {
        return new TerraformModuleId(value);
    }

    public static TerraformModuleId generate(long epochMillis) {
        return new TerraformModuleId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
