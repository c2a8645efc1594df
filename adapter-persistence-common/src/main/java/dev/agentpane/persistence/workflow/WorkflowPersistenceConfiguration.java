package dev.agentpane.persistence.workflow;

import dev.agentpane.application.port.out.WorkflowRepository;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class WorkflowPersistenceConfiguration {
    @Bean
    public WorkflowRepository workflowRepository(SqlSessionTemplate sessions, DatabaseDialect dialect) {
        return new MyBatisWorkflowRepository(sessions.getMapper(WorkflowMapper.class), dialect.foreignKeyViolations());
    }
}
