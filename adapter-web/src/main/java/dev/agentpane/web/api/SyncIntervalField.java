package dev.agentpane.web.api;

import dev.agentpane.domain.shared.SyncInterval;
import tools.jackson.databind.JsonNode;

/** The {@code syncIntervalMinutes} field of a partial update: absent leaves the interval, {@code null} turns auto-sync off. */
public final class SyncIntervalField {
    public static final String NAME = "syncIntervalMinutes";

    private SyncIntervalField() {
    }

    /** Null when the body does not mention the field. */
    public static SyncInterval.Change change(JsonNode body) {
        if (!body.has(NAME)) {
            return null;
        }
        return SyncInterval.Change.to(JsonBody.of(body).optionalInteger(NAME));
    }
}
