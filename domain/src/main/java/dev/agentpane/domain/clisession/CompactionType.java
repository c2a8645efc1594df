package dev.agentpane.domain.clisession;

import dev.agentpane.domain.shared.WireValue;

/** How the CLI shrank a session's context. */
public enum CompactionType implements WireValue {
    COMPACT("compact"),
    MICROCOMPACT("microcompact");

    private final String wireValue;

    CompactionType(String wireValue) {
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
