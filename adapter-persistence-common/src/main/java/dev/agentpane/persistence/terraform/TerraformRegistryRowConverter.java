package dev.agentpane.persistence.terraform;

import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.terraform.TerraformRegistry;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import dev.agentpane.domain.terraform.TerraformRegistryStatus;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** TerraformRegistry ⇄ row. Rows become registries through the aggregate's validating constructor. */
@Mapper
public interface TerraformRegistryRowConverter {
    TerraformRegistryRowConverter INSTANCE = Mappers.getMapper(TerraformRegistryRowConverter.class);

    TerraformRegistryRow toRow(TerraformRegistry registry);

    TerraformRegistry toRegistry(TerraformRegistryRow row);

    default String idValue(TerraformRegistryId id) {
        return id.value();
    }

    default TerraformRegistryId registryId(String value) {
        return TerraformRegistryId.of(value);
    }

    default String statusValue(TerraformRegistryStatus status) {
        return status.wireValue();
    }

    default TerraformRegistryStatus status(String value) {
        return WireValue.parse(TerraformRegistryStatus.class, value, "status");
    }
}
