package dev.agentpane.persistence.project;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.persistence.shared.DatabaseDialect;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ProjectPersistenceConfiguration {
    @Bean
    public ProjectRepository projectRepository(SqlSessionTemplate sessions, DatabaseDialect dialect) {
        return new MyBatisProjectRepository(sessions.getMapper(ProjectMapper.class), dialect.uniqueViolations(),
                dialect.foreignKeyViolations());
    }
}
