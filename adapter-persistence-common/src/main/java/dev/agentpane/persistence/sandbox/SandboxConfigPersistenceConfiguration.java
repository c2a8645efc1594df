package dev.agentpane.persistence.sandbox;

import dev.agentpane.application.port.out.SandboxConfigRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class SandboxConfigPersistenceConfiguration {
    @Bean
    public SandboxConfigRepository sandboxConfigRepository(SqlSessionTemplate sessions, DatabaseDialect dialect,
            TransactionRunner transactions) {
        return new MyBatisSandboxConfigRepository(sessions.getMapper(SandboxConfigMapper.class),
                dialect.uniqueViolations(), transactions);
    }
}
