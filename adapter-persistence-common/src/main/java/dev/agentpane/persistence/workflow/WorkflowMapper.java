package dev.agentpane.persistence.workflow;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code workflows}; each dialect's {@code mybatis/<dialect>/WorkflowMapper.xml} holds their SQL. */
@Mapper
public interface WorkflowMapper {
    void insert(WorkflowRow row);

    int update(WorkflowRow row);

    WorkflowRow findById(String id);

    /**
     * @param status        null for every status
     * @param searchPattern null for all; else a LIKE pattern (with {@code \} as escape character) matched against the
     *                      case-folded name and description columns
     */
    List<WorkflowRow> findRecentlyUpdated(@Param("status") String status, @Param("searchPattern") String searchPattern,
            @Param("limit") int limit, @Param("offset") int offset);

    long count(@Param("status") String status, @Param("searchPattern") String searchPattern);

    int deleteById(String id);
}
