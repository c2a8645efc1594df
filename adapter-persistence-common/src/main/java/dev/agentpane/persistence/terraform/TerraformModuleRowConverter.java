package dev.agentpane.persistence.terraform;

import dev.agentpane.domain.terraform.TerraformModule;
import dev.agentpane.domain.terraform.TerraformModuleId;
import dev.agentpane.domain.terraform.TerraformModuleInput;
import dev.agentpane.domain.terraform.TerraformModuleOutput;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import dev.agentpane.persistence.shared.JsonCodec;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** TerraformModule ⇄ row. Rows become modules through the aggregate's validating constructor. */
@Mapper
public interface TerraformModuleRowConverter {
    TerraformModuleRowConverter INSTANCE = Mappers.getMapper(TerraformModuleRowConverter.class);

    TerraformModuleRow toRow(TerraformModule module);

    TerraformModule toModule(TerraformModuleRow row);

    TerraformModuleInputJson toJson(TerraformModuleInput input);

    TerraformModuleInput toInput(TerraformModuleInputJson json);

    default String idValue(TerraformModuleId id) {
        return id.value();
    }

    default TerraformModuleId moduleId(String value) {
        return TerraformModuleId.of(value);
    }

    default String idValue(TerraformRegistryId id) {
        return id.value();
    }

    default TerraformRegistryId registryId(String value) {
        return TerraformRegistryId.of(value);
    }

    default String inputsJson(List<TerraformModuleInput> inputs) {
        return inputs == null ? null : JsonCodec.write(inputs.stream().map(this::toJson).toList());
    }

    default List<TerraformModuleInput> inputs(String json) {
        List<TerraformModuleInputJson> elements = JsonCodec.readList(json, TerraformModuleInputJson.class);
        return elements == null ? null : elements.stream().map(this::toInput).toList();
    }

    default String outputsJson(List<TerraformModuleOutput> outputs) {
        return JsonCodec.write(outputs);
    }

    default List<TerraformModuleOutput> outputs(String json) {
        return JsonCodec.readList(json, TerraformModuleOutput.class);
    }

    default String dependenciesJson(List<String> dependencies) {
        return JsonCodec.write(dependencies);
    }

    default List<String> dependencies(String json) {
        return JsonCodec.readList(json, String.class);
    }
}
