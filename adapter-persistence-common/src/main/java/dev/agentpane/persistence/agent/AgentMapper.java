package dev.agentpane.persistence.agent;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code agents}; each dialect's {@code mybatis/<dialect>/AgentMapper.xml} holds their SQL. */
@Mapper
public interface AgentMapper {
    void insert(AgentRow row);

    int update(AgentRow row);

    AgentRow findById(String id);

    List<AgentRow> findByProject(String projectId);

    List<AgentRow> findRecentlyUpdated(int limit);

    long countByProjectAndStatus(@Param("projectId") String projectId, @Param("statuses") Collection<String> statuses);

    List<WorkingAgentRow> findWorking(@Param("projectIds") Collection<String> projectIds, @Param("statuses") Collection<String> statuses);

    int deleteById(String id);
}
