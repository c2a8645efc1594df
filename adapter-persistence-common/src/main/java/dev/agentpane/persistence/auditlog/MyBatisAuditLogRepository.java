package dev.agentpane.persistence.auditlog;

import dev.agentpane.application.port.out.AuditLogRepository;
import dev.agentpane.domain.auditlog.AuditLog;
import dev.agentpane.domain.auditlog.AuditLogId;
import java.util.Optional;

public class MyBatisAuditLogRepository implements AuditLogRepository {
    private final AuditLogMapper mapper;
    private final AuditLogRowConverter converter = AuditLogRowConverter.INSTANCE;

    public MyBatisAuditLogRepository(AuditLogMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void insert(AuditLog entry) {
        mapper.insert(converter.toRow(entry));
    }

    @Override
    public Optional<AuditLog> findById(AuditLogId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toEntry);
    }
}
