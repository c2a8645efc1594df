package dev.agentpane.persistence.githubinstallation;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Statements on {@code repository_configs}; each dialect's {@code mybatis/<dialect>/RepositoryConfigMapper.xml} holds their SQL. */
@Mapper
public interface RepositoryConfigMapper {
    void insert(RepositoryConfigRow row);

    int update(RepositoryConfigRow row);

    RepositoryConfigRow findById(String id);

    List<RepositoryConfigRow> findByInstallation(String installationId);

    int deleteById(String id);
}
