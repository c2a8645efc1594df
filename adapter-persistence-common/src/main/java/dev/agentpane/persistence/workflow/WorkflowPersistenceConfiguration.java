package dev.agentpane.persistence.workflow;

import dev.agentpane.application.port.out.WorkflowRepository;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class WorkflowPersistenceConfiguration {
    @Bean
    public WorkflowRepository workflowRepository(SqlSessionTemplate sessions) {
        return new MyBatisWorkflowRepository(sessions.getMapper(WorkflowMapper.class));
    }
}
