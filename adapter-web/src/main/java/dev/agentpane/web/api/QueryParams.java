package dev.agentpane.web.api;

import dev.agentpane.domain.shared.ValidationException;

/** Query-string values, checked so that a bad one is a 400 with a precise message. */
public final class QueryParams {
    private QueryParams() {
    }

    public static int integer(String raw, String name, int defaultValue) {
        long value = longInteger(raw, name, (long) defaultValue);
        if (value != (int) value) {
            throw new ValidationException(name + " must be an integer");
        }
        return (int) value;
    }

    /** A 64-bit integer; absent or blank → {@code defaultValue} (may be null). */
    public static Long longInteger(String raw, String name, Long defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(name + " must be an integer");
        }
    }
}
