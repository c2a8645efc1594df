package dev.agentpane.domain.shared;

import java.util.Objects;

/** A JSON document as text. The adapters that produce one (web, persistence) have checked that it parses. */
public record JsonText(String json) {
    public JsonText {
        Objects.requireNonNull(json, "json");
    }

    @Override
    public String toString() {
        return json;
    }
}
