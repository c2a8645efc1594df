package dev.agentpane.persistence.sessionevent;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code session_events}; each dialect's {@code mybatis/<dialect>/SessionEventMapper.xml} holds their SQL. */
@Mapper
public interface SessionEventMapper {
    /** One statement for all rows. */
    void insertAll(@Param("rows") List<SessionEventRow> rows);

    /** One of these ids that an event has already; null when none has. */
    String firstExistingId(@Param("ids") Collection<String> ids);

    SessionEventRow findById(String id);

    List<SessionEventRow> findBySession(@Param("sessionId") String sessionId, @Param("fromOffset") long fromOffset,
            @Param("limit") int limit);

    long countBySession(String sessionId);

    /** Null while the session has no event. */
    Long findLatestOffset(String sessionId);

    /** Holds the session for the rest of the transaction, so that appends to it take their offsets one after another. */
    String lockSession(String sessionId);
}
