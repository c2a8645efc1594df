package dev.agentpane.domain.auditlog;

import dev.agentpane.domain.shared.EntityId;

public record AuditLogId(String value) {
    public AuditLogId {
        EntityId.require(value, "id");
    }

    public static AuditLogId of(String value) {
        return new AuditLogId(value);
    }

    public static AuditLogId generate(long epochMillis) {
        return new AuditLogId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
