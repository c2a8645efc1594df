package dev.agentpane.persistence.sandbox;

import dev.agentpane.application.port.out.SandboxInstanceRepository;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class SandboxInstancePersistenceConfiguration {
    @Bean
    public SandboxInstanceRepository sandboxInstanceRepository(SqlSessionTemplate sessions, DatabaseDialect dialect) {
        return new MyBatisSandboxInstanceRepository(sessions.getMapper(SandboxInstanceMapper.class),
                dialect.uniqueViolations());
    }
}
