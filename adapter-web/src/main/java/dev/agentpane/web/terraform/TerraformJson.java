package dev.agentpane.web.terraform;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.agentpane.domain.terraform.TerraformModule;
import dev.agentpane.domain.terraform.TerraformModuleInput;
import dev.agentpane.domain.terraform.TerraformModuleOutput;
import dev.agentpane.domain.terraform.TerraformRegistry;
import dev.agentpane.web.api.WireJson;
import java.util.List;

/** Terraform registries and modules on the wire (reference §5.15). */
public final class TerraformJson {
    private TerraformJson() {
    }

    /** A registry without its {@code tokenSettingKey}: not even the name of the setting holding a secret leaves the server. */
    public record Registry(String id, String name, String orgName, String status, String lastSyncedAt, String syncError,
            int moduleCount, Integer syncIntervalMinutes, String nextSyncAt, String createdAt, String updatedAt) {
        static Registry of(TerraformRegistry r) {
            return new Registry(r.id().value(), r.name(), r.orgName(), r.status().wireValue(), WireJson.instant(r.lastSyncedAt()),
                    r.syncError(), r.moduleCount(), r.syncIntervalMinutes(), WireJson.instant(r.nextSyncAt()),
                    WireJson.instant(r.createdAt()), WireJson.instant(r.updatedAt()));
        }
    }

    /** A module row in camelCase (reference §1.24). */
    public record Module(String id, String registryId, String name, String namespace, String provider, String version, String source,
            String description, String readme, List<Input> inputs, List<Output> outputs, List<String> dependencies, String publishedAt,
            String createdAt, String updatedAt) {
        static Module of(TerraformModule m) {
            return new Module(m.id().value(), m.registryId().value(), m.name(), m.namespace(), m.provider(), m.version(), m.source(),
                    m.description(), m.readme(), m.inputs() == null ? null : m.inputs().stream().map(Input::of).toList(),
                    m.outputs() == null ? null : m.outputs().stream().map(Output::of).toList(), m.dependencies(),
                    WireJson.instant(m.publishedAt()), WireJson.instant(m.createdAt()), WireJson.instant(m.updatedAt()));
        }
    }

    /** {@code {name, type, description, default, required, sensitive}}; {@code default} is no Java name. */
    public record Input(String name, String type, String description, @JsonProperty("default") Object defaultValue, boolean required,
            Boolean sensitive) {
        static Input of(TerraformModuleInput input) {
            return new Input(input.name(), input.type(), input.description(), input.defaultValue(), input.required(), input.sensitive());
        }
    }

    public record Output(String name, String description) {
        static Output of(TerraformModuleOutput output) {
            return new Output(output.name(), output.description());
        }
    }
}
