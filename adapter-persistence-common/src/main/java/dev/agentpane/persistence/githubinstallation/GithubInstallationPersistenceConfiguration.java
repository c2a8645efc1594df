package dev.agentpane.persistence.githubinstallation;

import dev.agentpane.application.port.out.GithubInstallationRepository;
import dev.agentpane.application.port.out.RepositoryConfigRepository;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class GithubInstallationPersistenceConfiguration {
    @Bean
    public GithubInstallationRepository githubInstallationRepository(SqlSessionTemplate sessions, DatabaseDialect dialect) {
        return new MyBatisGithubInstallationRepository(sessions.getMapper(GithubInstallationMapper.class),
                dialect.uniqueViolations());
    }

    @Bean
    public RepositoryConfigRepository repositoryConfigRepository(SqlSessionTemplate sessions) {
        return new MyBatisRepositoryConfigRepository(sessions.getMapper(RepositoryConfigMapper.class));
    }
}
