package dev.agentpane.persistence.sessionevent;

import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class SessionEventPersistenceConfiguration {
    @Bean
    public SessionEventRepository sessionEventRepository(SqlSessionTemplate sessions, DatabaseDialect dialect,
            TransactionRunner transactions) {
        return new MyBatisSessionEventRepository(sessions.getMapper(SessionEventMapper.class),
                dialect.uniqueViolations(), transactions);
    }
}
