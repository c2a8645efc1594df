package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.AuditLogRepository;
import dev.agentpane.domain.auditlog.AuditLog;
import dev.agentpane.domain.auditlog.AuditLogId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryAuditLogRepository implements AuditLogRepository, InMemoryStore {
    private final Map<AuditLogId, AuditLog> entries = new LinkedHashMap<>();

    @Override
    public synchronized void insert(AuditLog entry) {
        entries.put(entry.id(), entry);
    }

    @Override
    public synchronized Optional<AuditLog> findById(AuditLogId id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(entries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        entries.clear();
        entries.putAll((Map<AuditLogId, AuditLog>) snapshot);
    }

    @Override
    public synchronized void clear() {
        entries.clear();
    }
}
