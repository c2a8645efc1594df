package dev.agentpane.domain.agent;

import dev.agentpane.domain.shared.WireValue;
import java.util.EnumSet;
import java.util.Set;

public enum AgentStatus implements WireValue {
    IDLE("idle"), STARTING("starting"), PLANNING("planning"), RUNNING("running"), PAUSED("paused"), ERROR("error"),
    COMPLETED("completed");

    /** The statuses that count against a project's maxConcurrentAgents. */
    public static final Set<AgentStatus> ACTIVE = EnumSet.of(STARTING, PLANNING, RUNNING);

    private final String wireValue;

    AgentStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    public static AgentStatus parse(String value) {
        return WireValue.parse(AgentStatus.class, value, "status");
    }
}
