package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.task.BoardVersionService;
import dev.agentpane.application.task.TaskService;
import dev.agentpane.persistence.shared.DatabaseDialect;
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

    /** PostgreSQL's version read is a round trip to another process: concurrent readers of one board share reads there. */
    @Bean
    public BoardVersionService boardVersionService(TaskRepository tasks, DatabaseDialect dialect) {
        // Measured (docs/performance.md): on PostgreSQL sharing took the board read from ~3,600 to ~8,300 requests/s; on
        // SQLite, where the read is in-process, handing results between threads cost more than it saved (9,000 → 7,000).
        return new BoardVersionService(tasks, dialect.mode().equals("postgres"));
    }
}
