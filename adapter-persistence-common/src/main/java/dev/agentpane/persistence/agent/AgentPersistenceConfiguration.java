package dev.agentpane.persistence.agent;

import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.AgentRunRepository;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AgentPersistenceConfiguration {
    @Bean
    public AgentRepository agentRepository(SqlSessionTemplate sessions) {
        return new MyBatisAgentRepository(sessions.getMapper(AgentMapper.class));
    }

    @Bean
    public AgentRunRepository agentRunRepository(SqlSessionTemplate sessions) {
        return new MyBatisAgentRunRepository(sessions.getMapper(AgentRunMapper.class));
    }
}
