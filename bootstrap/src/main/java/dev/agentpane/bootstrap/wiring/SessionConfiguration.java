package dev.agentpane.bootstrap.wiring;

import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.application.port.out.SessionSummaryRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.session.SessionEventService;
import dev.agentpane.application.session.SessionService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sessions and their event logs. */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {
    @Bean
    public SessionService sessionService(SessionRepository sessions, SessionEventRepository events, SessionSummaryRepository summaries,
            ProjectRepository projects, TaskRepository tasks, AgentRepository agents, TransactionRunner transactions, Clock clock) {
        return new SessionService(sessions, events, summaries, projects, tasks, agents, transactions, clock);
    }

    @Bean
    public SessionEventService sessionEventService(SessionRepository sessions, SessionEventRepository events,
            SessionSummaryRepository summaries, SessionEventBus bus, TransactionRunner transactions, Clock clock) {
        return new SessionEventService(sessions, events, summaries, bus, transactions, clock);
    }
}
