package dev.agentpane.web.terraform;

import dev.agentpane.application.port.in.terraform.ComposeTerraformCommand;
import dev.agentpane.application.port.in.terraform.ComposeTerraformUseCase;
import dev.agentpane.application.port.in.terraform.CreateTerraformRegistryCommand;
import dev.agentpane.application.port.in.terraform.CreateTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.DeleteTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.GetTerraformModuleUseCase;
import dev.agentpane.application.port.in.terraform.GetTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.ListTerraformModulesUseCase;
import dev.agentpane.application.port.in.terraform.ListTerraformRegistriesUseCase;
import dev.agentpane.application.port.in.terraform.SyncTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.TerraformModulePage;
import dev.agentpane.application.port.in.terraform.UpdateTerraformRegistryCommand;
import dev.agentpane.application.port.in.terraform.UpdateTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.ValidateTerraformCommand;
import dev.agentpane.application.port.in.terraform.ValidateTerraformUseCase;
import dev.agentpane.domain.shared.SyncUnavailableException;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.terraform.DuplicateTerraformRegistryOrgException;
import dev.agentpane.domain.terraform.TerraformComposeUnavailableException;
import dev.agentpane.domain.terraform.TerraformModuleFilter;
import dev.agentpane.domain.terraform.TerraformModuleId;
import dev.agentpane.domain.terraform.TerraformModuleNotFoundException;
import dev.agentpane.domain.terraform.TerraformModuleQuery;
import dev.agentpane.domain.terraform.TerraformRegistryChange;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import dev.agentpane.domain.terraform.TerraformRegistryNotFoundException;
import dev.agentpane.domain.terraform.TerraformValidationUnavailableException;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ApiException;
import dev.agentpane.web.api.CountedItems;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.JsonBody;
import dev.agentpane.web.api.PathIds;
import dev.agentpane.web.api.QueryParams;
import dev.agentpane.web.api.ServiceErrors;
import dev.agentpane.web.api.SyncIntervalField;
import dev.agentpane.web.terraform.TerraformJson.Module;
import dev.agentpane.web.terraform.TerraformJson.Registry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
 * {@code /api/terraform} (reference §4.13, §5.15): registries and their modules. Syncing from Terraform Cloud,
 * validating with the Terraform CLI and composing with an AI model check their input, then answer 503 until those
 * integrations exist.
 */
@RestController
@RequestMapping("/api/terraform")
public class TerraformController {
    private final CreateTerraformRegistryUseCase createRegistry;
    private final GetTerraformRegistryUseCase getRegistry;
    private final ListTerraformRegistriesUseCase listRegistries;
    private final UpdateTerraformRegistryUseCase updateRegistry;
    private final DeleteTerraformRegistryUseCase deleteRegistry;
    private final SyncTerraformRegistryUseCase syncRegistry;
    private final ListTerraformModulesUseCase listModules;
    private final GetTerraformModuleUseCase getModule;
    private final ValidateTerraformUseCase validate;
    private final ComposeTerraformUseCase compose;

    public TerraformController(CreateTerraformRegistryUseCase createRegistry, GetTerraformRegistryUseCase getRegistry,
            ListTerraformRegistriesUseCase listRegistries, UpdateTerraformRegistryUseCase updateRegistry,
            DeleteTerraformRegistryUseCase deleteRegistry, SyncTerraformRegistryUseCase syncRegistry, ListTerraformModulesUseCase listModules,
            GetTerraformModuleUseCase getModule, ValidateTerraformUseCase validate, ComposeTerraformUseCase compose) {
        this.createRegistry = createRegistry;
        this.getRegistry = getRegistry;
        this.listRegistries = listRegistries;
        this.updateRegistry = updateRegistry;
        this.deleteRegistry = deleteRegistry;
        this.syncRegistry = syncRegistry;
        this.listModules = listModules;
        this.getModule = getModule;
        this.validate = validate;
        this.compose = compose;
    }

    public record DeletedJson(boolean deleted) {
    }

    @GetMapping("/registries")
    public ApiEnvelope.Success<CountedItems<Registry>> registries() {
        List<Registry> items = listRegistries.list().stream().map(Registry::of).toList();
        return ApiEnvelope.success(CountedItems.all(items));
    }

    /** Body {@code {name, orgName, tokenSettingKey, syncIntervalMinutes?}}. */
    @PostMapping("/registries")
    public ResponseEntity<ApiEnvelope.Success<Registry>> createRegistry(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        CreateTerraformRegistryCommand command = new CreateTerraformRegistryCommand(body.optionalString("name"),
                body.optionalString("orgName"), body.optionalString("tokenSettingKey"), body.optionalInteger(SyncIntervalField.NAME));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiEnvelope.success(Registry.of(createRegistry.create(command))));
    }

    @GetMapping("/registries/{id}")
    public ApiEnvelope.Success<Registry> registry(@PathVariable String id) {
        return ApiEnvelope.success(Registry.of(getRegistry.get(registryId(id))));
    }

    /** Body {@code {name?, orgName?, tokenSettingKey?, syncIntervalMinutes? (null: off)}}. */
    @PatchMapping("/registries/{id}")
    public ApiEnvelope.Success<Registry> updateRegistry(@PathVariable String id, @RequestBody JsonNode json) {
        TerraformRegistryId registryId = registryId(id);
        JsonBody body = JsonBody.of(json);
        TerraformRegistryChange change = new TerraformRegistryChange(body.optionalString("name"), body.optionalString("orgName"),
                body.optionalString("tokenSettingKey"), SyncIntervalField.change(json));
        return ApiEnvelope.success(Registry.of(updateRegistry.update(new UpdateTerraformRegistryCommand(registryId, change))));
    }

    @DeleteMapping("/registries/{id}")
    public ApiEnvelope.Success<DeletedJson> deleteRegistry(@PathVariable String id) {
        deleteRegistry.delete(registryId(id));
        return ApiEnvelope.success(new DeletedJson(true));
    }

    @PostMapping("/registries/{id}/sync")
    public ApiEnvelope.Success<Object> syncRegistry(@PathVariable String id) {
        syncRegistry.sync(registryId(id));
        throw new SyncUnavailableException("Terraform Cloud");
    }

    /** {@code limit} 1..200 (default 50); outside that range 400, where the original clamped it. */
    @GetMapping("/modules")
    public ApiEnvelope.Success<CountedItems<Module>> modules(@RequestParam(required = false) String search,
            @RequestParam(required = false) String provider, @RequestParam(required = false) String registryId,
            @RequestParam(required = false) String limit) {
        TerraformModuleFilter filter = new TerraformModuleFilter(
                registryId == null || registryId.isEmpty() ? null : registryId(registryId), provider, search);
        TerraformModulePage page = listModules.list(new TerraformModuleQuery(filter, QueryParams.integer(limit, "limit", TerraformModuleQuery.DEFAULT_LIMIT)));
        return ApiEnvelope.success(new CountedItems<>(page.items().stream().map(Module::of).toList(), page.totalCount()));
    }

    @GetMapping("/modules/{id}")
    public ApiEnvelope.Success<Module> module(@PathVariable String id) {
        return ApiEnvelope.success(Module.of(getModule.get(PathIds.of(id, TerraformModuleId::of, "module"))));
    }

    /** Body {@code {code, tfvars?}}. */
    @PostMapping("/validate")
    public ApiEnvelope.Success<Object> validate(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        validate.validate(new ValidateTerraformCommand(body.optionalString("code"), body.optionalString("tfvars")));
        throw new TerraformValidationUnavailableException();
    }

    /** Body {@code {messages: [{role: user|assistant, content}], sessionId?, registryId?}}. */
    @PostMapping("/compose")
    public ApiEnvelope.Success<Object> compose(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        String registryId = body.optionalString("registryId");
        compose.compose(new ComposeTerraformCommand(messages(json.get("messages")), body.optionalString("sessionId"),
                registryId == null ? null : registryId(registryId)));
        throw new TerraformComposeUnavailableException();
    }

    @GetMapping("/compose/{sessionId}/events")
    public ApiEnvelope.Success<Object> composeEvents(@PathVariable String sessionId) {
        if (!ComposeTerraformCommand.isValidSessionId(sessionId)) {
            throw new ApiException(400, ErrorCode.INVALID_ID, "Invalid session ID format");
        }
        compose.streamEvents(sessionId);
        throw new TerraformComposeUnavailableException();
    }

    @ExceptionHandler(TerraformRegistryNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> registryNotFound() {
        return ServiceErrors.of(HttpStatus.NOT_FOUND, ErrorCode.TERRAFORM_REGISTRY_NOT_FOUND, "Terraform registry not found");
    }

    @ExceptionHandler(TerraformModuleNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> moduleNotFound() {
        return ServiceErrors.of(HttpStatus.NOT_FOUND, ErrorCode.TERRAFORM_MODULE_NOT_FOUND, "Terraform module not found");
    }

    @ExceptionHandler(DuplicateTerraformRegistryOrgException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> duplicateOrg() {
        return ServiceErrors.of(HttpStatus.CONFLICT, ErrorCode.TERRAFORM_REGISTRY_ALREADY_EXISTS,
                "A Terraform registry with this organization already exists");
    }

    @ExceptionHandler(TerraformValidationUnavailableException.class)
    ResponseEntity<ApiEnvelope.Failure> validationUnavailable(TerraformValidationUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ApiEnvelope.failure(ErrorCode.TERRAFORM_VALIDATE_UNAVAILABLE, e.getMessage()));
    }

    @ExceptionHandler(TerraformComposeUnavailableException.class)
    ResponseEntity<ApiEnvelope.Failure> composeUnavailable(TerraformComposeUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ApiEnvelope.failure(ErrorCode.TERRAFORM_COMPOSE_UNAVAILABLE, e.getMessage()));
    }

    /** The conversation, each message checked in turn so that the first problem is reported with its position. */
    private static List<ComposeTerraformCommand.Message> messages(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new ValidationException("messages is required");
        }
        if (!node.isArray()) {
            throw new ValidationException("messages must be an array");
        }
        List<ComposeTerraformCommand.Message> messages = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                throw new ValidationException("messages[" + i + "] must be an object");
            }
            try {
                JsonBody message = JsonBody.of(node.get(i));
                String role = message.optionalString("role");
                messages.add(new ComposeTerraformCommand.Message(
                        WireValue.parse(ComposeTerraformCommand.Role.class, role, "role"), message.optionalString("content")));
            } catch (ValidationException e) {
                throw new ValidationException("messages[" + i + "]: " + e.getMessage());
            }
        }
        return messages;
    }

    private static TerraformRegistryId registryId(String id) {
        return PathIds.of(id, TerraformRegistryId::of, "registry");
    }
}
