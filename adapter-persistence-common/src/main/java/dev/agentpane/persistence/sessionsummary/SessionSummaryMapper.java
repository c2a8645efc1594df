package dev.agentpane.persistence.sessionsummary;

import org.apache.ibatis.annotations.Mapper;

/** Statements on {@code session_summaries}; each dialect's {@code mybatis/<dialect>/SessionSummaryMapper.xml} holds their SQL. */
@Mapper
public interface SessionSummaryMapper {
    void upsert(SessionSummaryRow row);

    SessionSummaryRow findBySession(String sessionId);
}
