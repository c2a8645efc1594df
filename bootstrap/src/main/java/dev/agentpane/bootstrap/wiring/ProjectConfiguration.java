package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.project.ProjectService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The project use cases. */
@Configuration(proxyBeanMethods = false)
public class ProjectConfiguration {
    @Bean
    public ProjectService projectService(ProjectRepository projects, TransactionRunner transactions, Clock clock) {
        return new ProjectService(projects, transactions, clock);
    }
}
