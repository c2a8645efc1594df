package dev.agentpane.domain.workflow;

import dev.agentpane.domain.shared.WireValue;

/** A workflow document's life cycle. */
public enum WorkflowStatus implements WireValue {
    DRAFT("draft"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    private final String wireValue;

    WorkflowStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
