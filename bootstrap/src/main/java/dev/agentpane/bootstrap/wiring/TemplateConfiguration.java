package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TemplateRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.template.TemplateService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The templates' use cases. */
@Configuration(proxyBeanMethods = false)
public class TemplateConfiguration {
    @Bean
    public TemplateService templateService(TemplateRepository templates, ProjectRepository projects, TransactionRunner transactions,
            Clock clock) {
        return new TemplateService(templates, projects, transactions, clock);
    }
}
