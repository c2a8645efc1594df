package dev.agentpane.application.port.out;

import dev.agentpane.domain.auditlog.AuditLog;
import dev.agentpane.domain.auditlog.AuditLogId;
import java.util.Optional;

/**
 * The tool-call audit trail. Entries are written once and never changed; no route reads them (the original has no
 * audit endpoint), so reading is by id only.
 */
public interface AuditLogRepository {
    void insert(AuditLog entry);

    Optional<AuditLog> findById(AuditLogId id);
}
