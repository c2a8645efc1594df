package dev.agentpane.application.port.in.settings;

import dev.agentpane.domain.settings.SettingKey;
import dev.agentpane.domain.shared.JsonText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Values to store, each a JSON document; all of them are stored together or none is. */
public record UpdateSettingsCommand(Map<String, JsonText> values) {
    public UpdateSettingsCommand {
        values.keySet().forEach(SettingKey::require);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
