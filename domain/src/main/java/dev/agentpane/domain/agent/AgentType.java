package dev.agentpane.domain.agent;

import dev.agentpane.domain.shared.WireValue;

public enum AgentType implements WireValue {
    TASK("task"), CONVERSATIONAL("conversational"), BACKGROUND("background");

    private final String wireValue;

    AgentType(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    public static AgentType parse(String value) {
        return WireValue.parse(AgentType.class, value, "type");
    }
}
