package dev.agentpane.persistence.task;

import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.persistence.shared.PipelinedWrites;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class TaskPersistenceConfiguration {
    @Bean
    public TaskRepository taskRepository(SqlSessionTemplate sessions, PipelinedWrites pipelinedWrites) {
        return new MyBatisTaskRepository(sessions.getMapper(TaskMapper.class), pipelinedWrites);
    }
}
