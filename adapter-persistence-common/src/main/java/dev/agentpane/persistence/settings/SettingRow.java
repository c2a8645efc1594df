package dev.agentpane.persistence.settings;

import java.time.Instant;

/** One row of {@code settings}: a key and its value as JSON text. */
public record SettingRow(String settingKey, String settingValue, Instant updatedAt) {
}
