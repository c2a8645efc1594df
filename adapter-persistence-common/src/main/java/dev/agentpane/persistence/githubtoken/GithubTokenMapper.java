package dev.agentpane.persistence.githubtoken;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code github_tokens}; each dialect's {@code mybatis/<dialect>/GithubTokenMapper.xml} holds their SQL. */
@Mapper
public interface GithubTokenMapper {
    void insert(GithubTokenRow row);

    int update(GithubTokenRow row);

    /** The most recently created row. */
    GithubTokenRow findLatest();

    int markInvalid(@Param("id") String id, @Param("updatedAt") Instant updatedAt);

    int deleteAll();
}
