package dev.agentpane.domain.auditlog;

import dev.agentpane.domain.shared.WireValue;

/** The original's {@code TOOL_STATUS}; the audit hook writes only complete and error. */
public enum ToolStatus implements WireValue {
    PENDING("pending"),
    RUNNING("running"),
    COMPLETE("complete"),
    ERROR("error");

    private final String wireValue;

    ToolStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
