package dev.agentpane.domain.settings;

import dev.agentpane.domain.shared.ValidationException;

/** Keys are free-form (dotted or snake case in practice); they only need to be non-empty and of sane length. */
public final class SettingKey {
    public static final int MAX_LENGTH = 200;

    private SettingKey() {
    }

    public static String require(String key) {
        if (key == null || key.isEmpty()) {
            throw new ValidationException("Setting keys must not be empty");
        }
        if (key.length() > MAX_LENGTH) {
            throw new ValidationException("Setting keys must be at most " + MAX_LENGTH + " characters");
        }
        return key;
    }
}
