package dev.agentpane.persistence.auditlog;

import dev.agentpane.domain.auditlog.AuditLog;
import dev.agentpane.domain.auditlog.AuditLogId;
import dev.agentpane.domain.auditlog.ToolStatus;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.persistence.shared.JsonCodec;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** Audit entry ⇄ row. Rows become entries through the aggregate's validating constructor. */
@Mapper
public interface AuditLogRowConverter {
    AuditLogRowConverter INSTANCE = Mappers.getMapper(AuditLogRowConverter.class);

    @Mapping(target = "input", source = "input", qualifiedByName = "jsonText")
    @Mapping(target = "output", source = "output", qualifiedByName = "jsonText")
    AuditLogRow toRow(AuditLog entry);

    @Mapping(target = "input", source = "input", qualifiedByName = "jsonValue")
    @Mapping(target = "output", source = "output", qualifiedByName = "jsonValue")
    AuditLog toEntry(AuditLogRow row);

    default String idValue(AuditLogId id) {
        return id.value();
    }

    default AuditLogId auditLogId(String value) {
        return AuditLogId.of(value);
    }

    default String projectIdValue(ProjectId id) {
        return id == null ? null : id.value();
    }

    default ProjectId projectId(String value) {
        return value == null ? null : ProjectId.of(value);
    }

    default String statusValue(ToolStatus status) {
        return status.wireValue();
    }

    default ToolStatus status(String value) {
        return WireValue.parse(ToolStatus.class, value, "status");
    }

    @Named("jsonText")
    default String jsonText(Object value) {
        return JsonCodec.write(value);
    }

    @Named("jsonValue")
    default Object jsonValue(String json) {
        return JsonCodec.readTree(json);
    }
}
