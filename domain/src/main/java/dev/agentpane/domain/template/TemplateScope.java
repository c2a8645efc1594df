package dev.agentpane.domain.template;

import dev.agentpane.domain.shared.WireValue;

/** Whether a template applies to the whole organisation or to chosen projects. */
public enum TemplateScope implements WireValue {
    ORG("org"),
    PROJECT("project");

    private final String wireValue;

    TemplateScope(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
