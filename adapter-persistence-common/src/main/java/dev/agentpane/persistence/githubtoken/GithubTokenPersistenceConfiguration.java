package dev.agentpane.persistence.githubtoken;

import dev.agentpane.application.port.out.GithubTokenRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class GithubTokenPersistenceConfiguration {
    @Bean
    public GithubTokenRepository githubTokenRepository(SqlSessionTemplate sessions, TransactionRunner transactions) {
        return new MyBatisGithubTokenRepository(sessions.getMapper(GithubTokenMapper.class), transactions);
    }
}
