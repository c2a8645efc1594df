package dev.agentpane.web.settings;

import dev.agentpane.application.port.in.settings.GetSettingsQuery;
import dev.agentpane.application.port.in.settings.GetSettingsUseCase;
import dev.agentpane.application.port.in.settings.UpdateSettingsCommand;
import dev.agentpane.application.port.in.settings.UpdateSettingsUseCase;
import dev.agentpane.domain.shared.JsonText;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.JsonBody;
import dev.agentpane.web.api.WireJson;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/settings} (reference §5.2): values are any JSON. */
@RestController
@RequestMapping("/api/settings")
public class SettingsController {
    private final GetSettingsUseCase getSettings;
    private final UpdateSettingsUseCase updateSettings;

    public SettingsController(GetSettingsUseCase getSettings, UpdateSettingsUseCase updateSettings) {
        this.getSettings = getSettings;
        this.updateSettings = updateSettings;
    }

    public record SettingsJson(Map<String, JsonNode> settings) {
    }

    /** {@code keys=a,b} reads those keys; an absent or empty {@code keys} reads all; {@code keys=,} reads none. */
    @GetMapping
    public ApiEnvelope.Success<SettingsJson> get(@RequestParam(required = false) String keys) {
        GetSettingsQuery query = keys == null || keys.isEmpty()
                ? GetSettingsQuery.all()
                : new GetSettingsQuery(splitKeys(keys));
        Map<String, JsonNode> values = new LinkedHashMap<>();
        getSettings.get(query).forEach((key, value) -> values.put(key, WireJson.read(value.json())));
        return ApiEnvelope.success(new SettingsJson(values));
    }

    @PutMapping
    public ApiEnvelope.Done put(@RequestBody JsonNode json) {
        JsonNode settings = JsonBody.of(json).requiredObjectNode("settings");
        Map<String, JsonText> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : settings.properties()) {
            values.put(entry.getKey(), new JsonText(WireJson.write(entry.getValue())));
        }
        updateSettings.update(new UpdateSettingsCommand(values));
        return ApiEnvelope.done();
    }

    private static List<String> splitKeys(String keys) {
        return Arrays.stream(keys.split(",")).map(String::trim).filter(key -> !key.isEmpty()).toList();
    }
}
