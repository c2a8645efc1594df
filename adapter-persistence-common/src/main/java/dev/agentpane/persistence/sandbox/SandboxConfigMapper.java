package dev.agentpane.persistence.sandbox;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code sandbox_configs}; each dialect's {@code mybatis/<dialect>/SandboxConfigMapper.xml} holds their SQL. */
@Mapper
public interface SandboxConfigMapper {
    void insert(SandboxConfigRow row);

    int update(SandboxConfigRow row);

    /** Serialises the writers that make a config the default, until their transactions end. */
    int lockDefaultFlag();

    /** Takes the default flag from every config but {@code keptId}, leaving their updatedAt as it is. */
    void clearDefaultExcept(String keptId);

    SandboxConfigRow findById(String id);

    /** Reads the row and keeps it locked until the transaction ends (projects cannot start naming it meanwhile). */
    SandboxConfigRow findByIdForUpdate(String id);

    SandboxConfigRow findDefault();

    List<SandboxConfigRow> findDefaultFirst(@Param("limit") int limit, @Param("offset") int offset);

    long count();

    long countProjectsUsing(String id);

    int deleteById(String id);
}
