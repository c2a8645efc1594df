package dev.agentpane.persistence.postgres;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * PostgreSQL's notice to every instance listening on the database. Registered by {@link PostgresPersistenceConfiguration}
 * (an annotated statement, since SQLite has no counterpart for a mapper XML of its own).
 */
@Mapper
public interface SessionEventNotifyMapper {
    String CHANNEL = "agentpane_session_events";

    /** The payload is {@code <sessionId>:<latestOffset>}; session ids never hold a colon. */
    @Select("SELECT pg_notify('" + CHANNEL + "', #{sessionId} || ':' || #{latestOffset})")
    String notifySessionEvents(@Param("sessionId") String sessionId, @Param("latestOffset") long latestOffset);
}
