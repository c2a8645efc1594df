package dev.agentpane.web.apikey;

import dev.agentpane.application.port.in.apikey.DeleteApiKeyUseCase;
import dev.agentpane.application.port.in.apikey.GetApiKeyUseCase;
import dev.agentpane.application.port.in.apikey.SaveApiKeyCommand;
import dev.agentpane.application.port.in.apikey.SaveApiKeyUseCase;
import dev.agentpane.domain.apikey.ApiKey;
import dev.agentpane.domain.apikey.ServiceName;
import dev.agentpane.domain.shared.Secret;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.JsonBody;
import dev.agentpane.web.api.WireJson;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/keys/{service}} (reference §5.12). A key goes in, only its masked form ever comes out. */
@RestController
@RequestMapping("/api/keys/{service}")
public class ApiKeyController {
    private final GetApiKeyUseCase getKey;
    private final SaveApiKeyUseCase saveKey;
    private final DeleteApiKeyUseCase deleteKey;

    public ApiKeyController(GetApiKeyUseCase getKey, SaveApiKeyUseCase saveKey, DeleteApiKeyUseCase deleteKey) {
        this.getKey = getKey;
        this.saveKey = saveKey;
        this.deleteKey = deleteKey;
    }

    /** {@code {keyInfo}}, null when the service has no key. */
    public record KeyInfoJson(ApiKeyInfoJson keyInfo) {
    }

    /** The original's {@code ApiKeyInfo}: never the key, not even encrypted. */
    public record ApiKeyInfoJson(String id, String service, String maskedKey, boolean isValid, String lastValidatedAt,
            String createdAt) {
        static ApiKeyInfoJson of(ApiKey key) {
            return new ApiKeyInfoJson(key.id().value(), key.service(), key.maskedKey(), key.isValid(),
                    WireJson.instant(key.lastValidatedAt()), WireJson.instant(key.createdAt()));
        }
    }

    @GetMapping
    public ApiEnvelope.Success<KeyInfoJson> get(@PathVariable String service) {
        return ApiEnvelope.success(new KeyInfoJson(getKey.get(ServiceName.of(service)).map(ApiKeyInfoJson::of).orElse(null)));
    }

    @PostMapping
    public ApiEnvelope.Success<KeyInfoJson> save(@PathVariable String service, @RequestBody JsonNode json) {
        ServiceName name = ServiceName.of(service);
        String key = JsonBody.of(json).requiredString("key", "API key is required");
        return ApiEnvelope.success(new KeyInfoJson(ApiKeyInfoJson.of(saveKey.save(new SaveApiKeyCommand(name, Secret.of(key))))));
    }

    @DeleteMapping
    public ApiEnvelope.Success<Object> delete(@PathVariable String service) {
        deleteKey.delete(ServiceName.of(service));
        return ApiEnvelope.success(null);
    }
}
