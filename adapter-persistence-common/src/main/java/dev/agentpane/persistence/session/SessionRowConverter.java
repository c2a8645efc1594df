package dev.agentpane.persistence.session;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.session.SessionStatus;
import dev.agentpane.domain.shared.WireValue;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Session ⇄ row. Rows become sessions through the aggregate's validating constructor. */
@Mapper
public interface SessionRowConverter {
    SessionRowConverter INSTANCE = Mappers.getMapper(SessionRowConverter.class);

    SessionRow toRow(Session session);

    Session toSession(SessionRow row);

    default String idValue(SessionId id) {
        return id.value();
    }

    default SessionId sessionId(String value) {
        return SessionId.of(value);
    }

    default String projectIdValue(ProjectId id) {
        return id.value();
    }

    default ProjectId projectId(String value) {
        return ProjectId.of(value);
    }

    default String statusValue(SessionStatus status) {
        return status.wireValue();
    }

    default SessionStatus status(String value) {
        return WireValue.parse(SessionStatus.class, value, "status");
    }
}
