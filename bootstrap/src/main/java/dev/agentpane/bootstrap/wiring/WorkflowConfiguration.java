package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.port.out.WorkflowRepository;
import dev.agentpane.application.workflow.WorkflowService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workflow documents' use cases. */
@Configuration(proxyBeanMethods = false)
public class WorkflowConfiguration {
    @Bean
    public WorkflowService workflowService(WorkflowRepository workflows, TransactionRunner transactions, Clock clock) {
        return new WorkflowService(workflows, transactions, clock);
    }
}
