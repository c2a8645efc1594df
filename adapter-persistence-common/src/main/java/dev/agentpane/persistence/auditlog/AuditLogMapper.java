package dev.agentpane.persistence.auditlog;

import org.apache.ibatis.annotations.Mapper;

/** Statements on {@code audit_logs}; each dialect's {@code mybatis/<dialect>/AuditLogMapper.xml} holds their SQL. */
@Mapper
public interface AuditLogMapper {
    void insert(AuditLogRow row);

    AuditLogRow findById(String id);
}
