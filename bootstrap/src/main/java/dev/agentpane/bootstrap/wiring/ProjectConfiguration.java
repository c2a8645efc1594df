package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectFilesPort;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.filesystem.LocalProjectFiles;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.project.ProjectService;
import dev.agentpane.application.project.ProjectSummaryService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The project use cases, and the home page's project summaries. */
@Configuration(proxyBeanMethods = false)
public class ProjectConfiguration {
    @Bean
    public ProjectSummaryService projectSummaryService(ProjectRepository projects, TaskRepository tasks, AgentRepository agents) {
        return new ProjectSummaryService(projects, tasks, agents);
    }

    @Bean
    public ProjectFilesPort projectFiles() {
        return new LocalProjectFiles();
    }

    @Bean
    public ProjectService projectService(ProjectRepository projects, AgentRepository agents, ProjectFilesPort files,
            TransactionRunner transactions, Clock clock) {
        return new ProjectService(projects, agents, files, transactions, clock);
    }
}
