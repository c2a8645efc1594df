package dev.agentpane.domain.clisession;

import dev.agentpane.domain.shared.WireValue;

/** What a Claude Code CLI session is doing, as the monitor daemon reports it. */
public enum CliSessionStatus implements WireValue {
    WORKING("working"),
    WAITING_FOR_APPROVAL("waiting_for_approval"),
    WAITING_FOR_INPUT("waiting_for_input"),
    IDLE("idle");

    private final String wireValue;

    CliSessionStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
