package dev.agentpane.persistence.worktree;

import dev.agentpane.application.port.out.WorktreeRepository;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class WorktreePersistenceConfiguration {
    @Bean
    public WorktreeRepository worktreeRepository(SqlSessionTemplate sessions) {
        return new MyBatisWorktreeRepository(sessions.getMapper(WorktreeMapper.class));
    }
}
