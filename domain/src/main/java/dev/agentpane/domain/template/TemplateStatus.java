package dev.agentpane.domain.template;

import dev.agentpane.domain.shared.WireValue;

/** Where a template stands with its GitHub sync. */
public enum TemplateStatus implements WireValue {
    ACTIVE("active"),
    SYNCING("syncing"),
    ERROR("error"),
    DISABLED("disabled");

    private final String wireValue;

    TemplateStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
