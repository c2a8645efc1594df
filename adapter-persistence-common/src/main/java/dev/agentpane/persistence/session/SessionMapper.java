package dev.agentpane.persistence.session;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code sessions}; each dialect's {@code mybatis/<dialect>/SessionMapper.xml} holds their SQL. */
@Mapper
public interface SessionMapper {
    void insert(SessionRow row);

    int update(SessionRow row);

    SessionRow findById(String id);

    List<SessionRow> findRecentlyUpdated(@Param("limit") int limit, @Param("offset") int offset);

    List<SessionRow> findByProject(@Param("projectId") String projectId, @Param("limit") int limit,
            @Param("offset") int offset);

    long countByProject(String projectId);

    List<SessionRow> findByTask(String taskId);

    int deleteById(String id);
}
