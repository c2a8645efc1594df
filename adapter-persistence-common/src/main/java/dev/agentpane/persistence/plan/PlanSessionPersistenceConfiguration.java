package dev.agentpane.persistence.plan;

import dev.agentpane.application.port.out.PlanSessionRepository;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PlanSessionPersistenceConfiguration {
    @Bean
    public PlanSessionRepository planSessionRepository(SqlSessionTemplate sessions) {
        return new MyBatisPlanSessionRepository(sessions.getMapper(PlanSessionMapper.class));
    }
}
