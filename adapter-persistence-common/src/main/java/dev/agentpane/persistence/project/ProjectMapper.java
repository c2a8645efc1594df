package dev.agentpane.persistence.project;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code projects}; each dialect's {@code mybatis/<dialect>/ProjectMapper.xml} holds their SQL. */
@Mapper
public interface ProjectMapper {
    void insert(ProjectRow row);

    int update(ProjectRow row);

    ProjectRow findById(String id);

    List<ProjectRow> findRecentlyUpdated(@Param("limit") int limit, @Param("offset") int offset);

    long count();

    int deleteById(String id);
}
