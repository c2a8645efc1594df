package dev.agentpane.application.port.in.settings;

import dev.agentpane.domain.shared.JsonText;
import java.util.Map;

public interface GetSettingsUseCase {
    /** Keys in ascending order. */
    Map<String, JsonText> get(GetSettingsQuery query);
}
