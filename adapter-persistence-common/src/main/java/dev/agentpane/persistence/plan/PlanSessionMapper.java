package dev.agentpane.persistence.plan;

import org.apache.ibatis.annotations.Mapper;

/** Statements on {@code plan_sessions}; each dialect's {@code mybatis/<dialect>/PlanSessionMapper.xml} holds their SQL. */
@Mapper
public interface PlanSessionMapper {
    void insert(PlanSessionRow row);

    int update(PlanSessionRow row);

    PlanSessionRow findById(String id);

    int deleteById(String id);
}
