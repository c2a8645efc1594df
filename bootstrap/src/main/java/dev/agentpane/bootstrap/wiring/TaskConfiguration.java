package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.task.TaskService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The board's use cases. */
@Configuration(proxyBeanMethods = false)
public class TaskConfiguration {
    @Bean
    public TaskService taskService(TaskRepository tasks, TransactionRunner transactions, Clock clock) {
        return new TaskService(tasks, transactions, clock);
    }
}
