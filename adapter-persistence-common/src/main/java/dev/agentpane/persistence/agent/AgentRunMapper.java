package dev.agentpane.persistence.agent;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Statements on {@code agent_runs}; each dialect's {@code mybatis/<dialect>/AgentRunMapper.xml} holds their SQL. */
@Mapper
public interface AgentRunMapper {
    void insert(AgentRunRow row);

    int update(AgentRunRow row);

    AgentRunRow findById(String id);

    List<AgentRunRow> findByTask(String taskId);
}
