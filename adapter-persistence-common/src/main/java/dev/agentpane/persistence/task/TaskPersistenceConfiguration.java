package dev.agentpane.persistence.task;

import dev.agentpane.application.port.out.TaskRepository;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class TaskPersistenceConfiguration {
    @Bean
    public TaskRepository taskRepository(SqlSessionTemplate sessions) {
        return new MyBatisTaskRepository(sessions.getMapper(TaskMapper.class));
    }
}
