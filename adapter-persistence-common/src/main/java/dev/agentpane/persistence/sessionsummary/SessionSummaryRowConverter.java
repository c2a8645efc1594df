package dev.agentpane.persistence.sessionsummary;

import dev.agentpane.domain.session.SessionId;
import dev.agentpane.domain.sessionsummary.SessionFinalStatus;
import dev.agentpane.domain.sessionsummary.SessionSummary;
import dev.agentpane.domain.sessionsummary.SessionSummaryId;
import dev.agentpane.domain.shared.WireValue;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Summary ⇄ row. Rows become summaries through the aggregate's validating constructor. */
@Mapper
public interface SessionSummaryRowConverter {
    SessionSummaryRowConverter INSTANCE = Mappers.getMapper(SessionSummaryRowConverter.class);

    SessionSummaryRow toRow(SessionSummary summary);

    SessionSummary toSummary(SessionSummaryRow row);

    default String idValue(SessionSummaryId id) {
        return id.value();
    }

    default SessionSummaryId summaryId(String value) {
        return SessionSummaryId.of(value);
    }

    default String sessionIdValue(SessionId id) {
        return id.value();
    }

    default SessionId sessionId(String value) {
        return SessionId.of(value);
    }

    default String finalStatusValue(SessionFinalStatus status) {
        return status == null ? null : status.wireValue();
    }

    default SessionFinalStatus finalStatus(String value) {
        return value == null ? null : WireValue.parse(SessionFinalStatus.class, value, "finalStatus");
    }
}
