package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.agent.AgentService;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.recovery.InterruptedWorkRecoveryService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agents' use cases, and the start-up recovery of work a previous run left half-done. */
@Configuration(proxyBeanMethods = false)
public class AgentConfiguration {
    @Bean
    public AgentService agentService(AgentRepository agents, ProjectRepository projects, TaskRepository tasks, TransactionRunner transactions,
            Clock clock) {
        return new AgentService(agents, projects, tasks, transactions, clock);
    }

    @Bean
    public InterruptedWorkRecoveryService interruptedWorkRecoveryService(ProjectRepository projects, AgentRepository agents,
            TaskRepository tasks, TransactionRunner transactions, Clock clock) {
        return new InterruptedWorkRecoveryService(projects, agents, tasks, transactions, clock);
    }
}
