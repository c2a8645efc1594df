package dev.agentpane.bootstrap;

import dev.agentpane.application.port.in.marketplace.SeedDefaultMarketplaceUseCase;
import dev.agentpane.application.port.in.recovery.RecoverInterruptedWorkUseCase;
import dev.agentpane.bootstrap.wiring.AgentConfiguration;
import dev.agentpane.bootstrap.wiring.CliMonitorConfiguration;
import dev.agentpane.bootstrap.wiring.HealthConfiguration;
import dev.agentpane.bootstrap.wiring.MarketplaceConfiguration;
import dev.agentpane.bootstrap.wiring.ProjectConfiguration;
import dev.agentpane.bootstrap.wiring.SandboxConfigConfiguration;
import dev.agentpane.bootstrap.wiring.SecretConfiguration;
import dev.agentpane.bootstrap.wiring.SessionConfiguration;
import dev.agentpane.bootstrap.wiring.SessionStreamConfiguration;
import dev.agentpane.bootstrap.wiring.SettingsConfiguration;
import dev.agentpane.bootstrap.wiring.TaskConfiguration;
import dev.agentpane.bootstrap.wiring.TemplateConfiguration;
import dev.agentpane.bootstrap.wiring.TerraformConfiguration;
import dev.agentpane.bootstrap.wiring.WorkflowConfiguration;
import dev.agentpane.web.server.JettyWebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.support.AbstractApplicationContext;

/** A running server: the application context (database, use cases) and the HTTP server in front of it. */
public final class AgentPaneApplication implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AgentPaneApplication.class);
    private final AnnotationConfigApplicationContext context;
    private final JettyWebServer web;

    private AgentPaneApplication(AnnotationConfigApplicationContext context, JettyWebServer web) {
        this.context = context;
        this.web = web;
    }

    /**
     * Opens the database (migrating it), then serves. Fails without leaving anything open. The mapper XMLs are parsed on
     * a thread of their own ({@link DatabaseModeSwitch}) meanwhile; the web server is prepared first, while they are.
     */
    public static AgentPaneApplication start(EnvironmentConfig config) throws Exception {
        long start = System.nanoTime();
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        JettyWebServer web = null;
        try {
            context.registerBean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME, MessageSource.class, DefaultMessagesOnly::new);
            DatabaseModeSwitch.register(context, config);
            context.register(ProjectConfiguration.class, TaskConfiguration.class, SettingsConfiguration.class, HealthConfiguration.class);
            context.register(AgentConfiguration.class);
            context.register(SessionConfiguration.class);
            context.registerBean(SessionStreamConfiguration.Settings.class, () -> new SessionStreamConfiguration.Settings(config.streamPingInterval()));
            context.register(SessionStreamConfiguration.class);
            context.register(TemplateConfiguration.class, MarketplaceConfiguration.class, TerraformConfiguration.class);
            context.registerBean(SecretConfiguration.Settings.class, () -> new SecretConfiguration.Settings(config.dataDirectory()));
            context.register(SecretConfiguration.class, SandboxConfigConfiguration.class, WorkflowConfiguration.class);
            context.register(CliMonitorConfiguration.class);
            web = JettyWebServer.prepare(config.webSettings());
            context.refresh();
            recoverInterruptedWork(context);
            seedDefaultMarketplace(context);
            web.start(context);
            LOG.info("AgentPane serves http://{}:{} on {} (started in {} ms)", config.host(), web.port(),
                    config.databaseDescription(), (System.nanoTime() - start) / 1_000_000);
            return new AgentPaneApplication(context, web);
        } catch (Exception | Error e) {
            try {
                if (web != null) {
                    web.close();
                }
            } finally {
                context.close();
            }
            throw e;
        }
    }

    /** No agent survives a restart: put back what the previous run left working, before the first request. */
    private static void recoverInterruptedWork(AnnotationConfigApplicationContext context) {
        RecoverInterruptedWorkUseCase.Recovered recovered = context.getBean(RecoverInterruptedWorkUseCase.class).recover();
        if (recovered.agents() > 0 || recovered.tasks() > 0) {
            LOG.info("Recovered interrupted work: {} agents set idle, {} tasks returned to the backlog", recovered.agents(), recovered.tasks());
        }
    }

    /**
     * The built-in marketplace exists on every database, as the original's SQLite start-up made sure (its PostgreSQL
     * mode left it to {@code POST /api/marketplaces/seed}); seeding is idempotent, also for instances starting together.
     */
    private static void seedDefaultMarketplace(AnnotationConfigApplicationContext context) {
        if (context.getBean(SeedDefaultMarketplaceUseCase.class).seed()) {
            LOG.info("Seeded the default plugin marketplace");
        }
    }

    public int port() {
        return web.port();
    }

    /** A bean of the running application (a port or a use case), for tests and tools. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public void awaitStop() throws InterruptedException {
        web.join();
    }

    /** Stops taking requests, lets those in flight finish, then closes the database pool. */
    @Override
    public void close() throws Exception {
        try {
            web.close();
        } finally {
            context.close();
        }
    }
}
