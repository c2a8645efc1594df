package dev.agentpane.persistence.sessionsummary;

import dev.agentpane.application.port.out.SessionSummaryRepository;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class SessionSummaryPersistenceConfiguration {
    @Bean
    public SessionSummaryRepository sessionSummaryRepository(SqlSessionTemplate sessions) {
        return new MyBatisSessionSummaryRepository(sessions.getMapper(SessionSummaryMapper.class));
    }
}
