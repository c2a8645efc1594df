package dev.agentpane.persistence.clisession;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code cli_sessions}; each dialect's {@code mybatis/<dialect>/CliSessionMapper.xml} holds their SQL. */
@Mapper
public interface CliSessionMapper {
    /** Inserts the row, or overwrites the row of the same session id except its id and creation time. */
    void upsert(CliSessionRow row);

    CliSessionRow findBySessionId(String sessionId);

    List<CliSessionRow> findRecentlyActive(@Param("projectHash") String projectHash,
            @Param("activeAfter") Long activeAfterEpochMillis, @Param("limit") int limit);

    int deleteBySessionId(String sessionId);

    int deleteInactiveBefore(long cutoffEpochMillis);
}
