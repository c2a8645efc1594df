package dev.agentpane.domain.template;

import dev.agentpane.domain.shared.EntityId;

public record TemplateId(String value) {
    public TemplateId {
        EntityId.require(value, "id");
    }

    public static TemplateId of(String value) {
        return new TemplateId(value);
    }

    public static TemplateId generate(long epochMillis) {
        return new TemplateId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
