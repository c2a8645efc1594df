package dev.agentpane.persistence.session;

import dev.agentpane.application.port.out.SessionRepository;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class SessionPersistenceConfiguration {
    @Bean
    public SessionRepository sessionRepository(SqlSessionTemplate sessions) {
        return new MyBatisSessionRepository(sessions.getMapper(SessionMapper.class));
    }
}
