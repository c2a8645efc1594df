package dev.agentpane.application.port.in.settings;

import java.util.List;

/**
 * Which settings to read.
 *
 * @param keys null for every setting; otherwise only these keys (an empty list gives an empty result)
 */
public record GetSettingsQuery(List<String> keys) {
    public GetSettingsQuery {
        keys = keys == null ? null : List.copyOf(keys);
    }

    public static GetSettingsQuery all() {
        return new GetSettingsQuery(null);
    }
}
