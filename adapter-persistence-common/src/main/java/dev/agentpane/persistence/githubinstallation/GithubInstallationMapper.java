package dev.agentpane.persistence.githubinstallation;

import org.apache.ibatis.annotations.Mapper;

/** Statements on {@code github_installations}; each dialect's {@code mybatis/<dialect>/GithubInstallationMapper.xml} holds their SQL. */
@Mapper
public interface GithubInstallationMapper {
    void insert(GithubInstallationRow row);

    int update(GithubInstallationRow row);

    GithubInstallationRow findById(String id);

    GithubInstallationRow findByInstallationId(String installationId);

    int deleteById(String id);
}
