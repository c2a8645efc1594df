package dev.agentpane.persistence.clisession;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code cli_sessions}; each dialect's {@code mybatis/<dialect>/CliSessionMapper.xml} holds their SQL. */
@Mapper
public interface CliSessionMapper {
    /**
     * One statement for many rows: inserts each row, or overwrites the row of the same session id except its id and
     * creation time. The rows travel as one JSON array parameter ({@link CliSessionBatch}); the session ids must differ.
     */
    void upsertAll(@Param("rows") String rowsAsJson);

    CliSessionRow findBySessionId(String sessionId);

    List<CliSessionRow> findBySessionIds(@Param("sessionIds") Collection<String> sessionIds);

    List<CliSessionRow> findRecentlyActive(@Param("projectHash") String projectHash,
            @Param("activeAfter") Long activeAfterEpochMillis, @Param("limit") int limit);

    long countRecentlyActive(@Param("projectHash") String projectHash, @Param("activeAfter") Long activeAfterEpochMillis);

    int deleteBySessionIds(@Param("sessionIds") Collection<String> sessionIds);

    int deleteInactiveBefore(long cutoffEpochMillis);
}
