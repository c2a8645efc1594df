package dev.agentpane.web.sandbox;

import dev.agentpane.application.port.in.sandbox.CreateSandboxConfigCommand;
import dev.agentpane.application.port.in.sandbox.CreateSandboxConfigUseCase;
import dev.agentpane.application.port.in.sandbox.DeleteSandboxConfigUseCase;
import dev.agentpane.application.port.in.sandbox.GetSandboxConfigUseCase;
import dev.agentpane.application.port.in.sandbox.ListSandboxConfigsQuery;
import dev.agentpane.application.port.in.sandbox.ListSandboxConfigsUseCase;
import dev.agentpane.application.port.in.sandbox.SandboxConfigPage;
import dev.agentpane.application.port.in.sandbox.UpdateSandboxConfigCommand;
import dev.agentpane.application.port.in.sandbox.UpdateSandboxConfigUseCase;
import dev.agentpane.domain.sandbox.SandboxConfigChange;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.domain.sandbox.SandboxConfigLimit;
import dev.agentpane.domain.sandbox.SandboxType;
import dev.agentpane.domain.shared.Change;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.JsonChanges;
import dev.agentpane.web.api.QueryParams;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/sandbox-configs} (reference §5.10). Unlike the original, every column of the row can be given, including
 * {@code type} (which the web client sends and the original dropped), and ids are checked.
 */
@RestController
@RequestMapping("/api/sandbox-configs")
public class SandboxConfigController {
    private final CreateSandboxConfigUseCase createConfig;
    private final GetSandboxConfigUseCase getConfig;
    private final ListSandboxConfigsUseCase listConfigs;
    private final UpdateSandboxConfigUseCase updateConfig;
    private final DeleteSandboxConfigUseCase deleteConfig;

    public SandboxConfigController(CreateSandboxConfigUseCase createConfig, GetSandboxConfigUseCase getConfig,
            ListSandboxConfigsUseCase listConfigs, UpdateSandboxConfigUseCase updateConfig, DeleteSandboxConfigUseCase deleteConfig) {
        this.createConfig = createConfig;
        this.getConfig = getConfig;
        this.listConfigs = listConfigs;
        this.updateConfig = updateConfig;
        this.deleteConfig = deleteConfig;
    }

    /** The original's list shape L2. */
    public record ListJson(List<SandboxConfigJson> items, long totalCount) {
    }

    @GetMapping
    public ApiEnvelope.Success<ListJson> list(@RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        SandboxConfigPage page = listConfigs.list(new ListSandboxConfigsQuery(
                QueryParams.integer(limit, "limit", ListSandboxConfigsQuery.DEFAULT_LIMIT), QueryParams.integer(offset, "offset", 0)));
        return ApiEnvelope.success(new ListJson(page.items().stream().map(SandboxConfigJson::of).toList(), page.totalCount()));
    }

    @PostMapping
    public ResponseEntity<ApiEnvelope.Success<SandboxConfigJson>> create(@RequestBody JsonNode json) {
        CreateSandboxConfigCommand command = new CreateSandboxConfigCommand(change(JsonChanges.forCreateNamed(json)));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiEnvelope.success(SandboxConfigJson.of(createConfig.create(command))));
    }

    @GetMapping("/{id}")
    public ApiEnvelope.Success<SandboxConfigJson> get(@PathVariable String id) {
        return ApiEnvelope.success(SandboxConfigJson.of(getConfig.get(SandboxConfigId.of(id))));
    }

    @PatchMapping("/{id}")
    public ApiEnvelope.Success<SandboxConfigJson> update(@PathVariable String id, @RequestBody JsonNode json) {
        SandboxConfigId configId = SandboxConfigId.of(id);
        UpdateSandboxConfigCommand command = new UpdateSandboxConfigCommand(configId, change(JsonChanges.forUpdate(json)));
        return ApiEnvelope.success(SandboxConfigJson.of(updateConfig.update(command)));
    }

    @DeleteMapping("/{id}")
    public ApiEnvelope.Success<Object> delete(@PathVariable String id) {
        deleteConfig.delete(SandboxConfigId.of(id));
        return ApiEnvelope.success(null);
    }

    private static SandboxConfigChange change(JsonChanges fields) {
        return new SandboxConfigChange(
                fields.string("name"),
                fields.string("description"),
                fields.string("type").map(type -> WireValue.parse(SandboxType.class, type, "type")),
                fields.bool("isDefault"),
                fields.string("baseImage"),
                limited(fields, SandboxConfigLimit.MEMORY),
                fields.number("cpuCores"),
                limited(fields, SandboxConfigLimit.PROCESSES),
                limited(fields, SandboxConfigLimit.TIMEOUT),
                fields.string("volumeMountPath"),
                fields.string("kubeConfigPath"),
                fields.string("kubeContext"),
                fields.string("kubeNamespace"),
                fields.bool("networkPolicyEnabled"),
                fields.stringList("allowedEgressHosts"));
    }

    /** An integral resource: a value beyond an int is reported against its bound, not as a wrong type. */
    private static Change<Integer> limited(JsonChanges fields, SandboxConfigLimit limit) {
        return fields.integralNumber(limit.field()).map(value -> {
            limit.check(value);
            return value.intValue();
        });
    }
}
