package dev.agentpane.domain.marketplace;

import dev.agentpane.domain.shared.WireValue;

/** Where a plugin of a marketplace comes from. */
public enum PluginTag implements WireValue {
    OFFICIAL("official"),
    EXTERNAL("external");

    private final String wireValue;

    PluginTag(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** The wire spelling: JSON payloads hold this constant, and JSON mappers write and read enums by toString. */
    @Override
    public String toString() {
        return wireValue;
    }
}
