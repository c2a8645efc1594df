package dev.agentpane.web.api;

import dev.agentpane.domain.shared.ValidationException;

/** Query-string values, checked so that a bad one is a 400 with a precise message. */
public final class QueryParams {
    private QueryParams() {
    }

    public static int integer(String raw, String name, int defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(name + " must be an integer");
        }
    }
}
