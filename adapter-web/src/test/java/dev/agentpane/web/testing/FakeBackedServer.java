package dev.agentpane.web.testing;

import dev.agentpane.application.agent.AgentService;
import dev.agentpane.application.apikey.ApiKeyService;
import dev.agentpane.application.climonitor.CliMonitorService;
import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.githubtoken.GithubTokenService;
import dev.agentpane.application.health.HealthService;
import dev.agentpane.application.marketplace.MarketplaceService;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ApiKeyRepository;
import dev.agentpane.application.port.out.CliMonitorEventBus;
import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.application.port.out.DatabaseHealthPort;
import dev.agentpane.application.port.out.MarketplaceRepository;
import dev.agentpane.application.port.out.GithubTokenRepository;
import dev.agentpane.application.port.out.ProjectFilesPort;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SandboxConfigRepository;
import dev.agentpane.application.port.out.SecretCipherPort;
import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.application.port.out.SessionSummaryRepository;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TemplateRepository;
import dev.agentpane.application.port.out.TerraformModuleRepository;
import dev.agentpane.application.port.out.TerraformRegistryRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.port.out.WorkflowRepository;
import dev.agentpane.application.project.ProjectService;
import dev.agentpane.application.project.ProjectSummaryService;
import dev.agentpane.application.sandbox.SandboxConfigService;
import dev.agentpane.application.session.SessionEventService;
import dev.agentpane.application.session.SessionService;
import dev.agentpane.application.sessionstream.SessionStreamService;
import dev.agentpane.application.settings.SettingsService;
import dev.agentpane.application.task.BoardVersionService;
import dev.agentpane.application.task.TaskService;
import dev.agentpane.application.template.TemplateService;
import dev.agentpane.application.terraform.TerraformComposeService;
import dev.agentpane.application.terraform.TerraformRegistryService;
import dev.agentpane.application.workflow.WorkflowService;
import dev.agentpane.web.server.JettyWebServer;
import dev.agentpane.web.server.WebSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.context.support.GenericApplicationContext;

/** The real web adapter on a free port, in front of the real services over in-memory fakes. */
public final class FakeBackedServer implements ApiServer {
    public final InMemoryStores stores = new InMemoryStores();
    public final ApiClient client;
    private final GenericApplicationContext context = new GenericApplicationContext();
    private final JettyWebServer server;

    /** How often the event streams of fake-backed servers send a keep-alive, unless a test asks for another interval. */
    private static final Duration STREAM_KEEP_ALIVE = SessionStreamService.DEFAULT_KEEP_ALIVE_INTERVAL;

    private FakeBackedServer(WebSettings settings, Consumer<GenericApplicationContext> overrides) throws Exception {
        this(settings, overrides, STREAM_KEEP_ALIVE);
    }

    private FakeBackedServer(WebSettings settings, Consumer<GenericApplicationContext> overrides, Duration streamKeepAlive)
            throws Exception {
        Clock clock = Clock.systemUTC();
        TransactionRunner transactions = stores.port(TransactionRunner.class);
        context.registerBean(ProjectService.class, () -> new ProjectService(stores.port(ProjectRepository.class), stores.port(AgentRepository.class),
                stores.port(ProjectFilesPort.class), transactions, clock));
        context.registerBean(ProjectSummaryService.class, () -> new ProjectSummaryService(stores.port(ProjectRepository.class),
                stores.port(TaskRepository.class), stores.port(AgentRepository.class)));
        context.registerBean(TaskService.class, () -> new TaskService(stores.port(TaskRepository.class), transactions, clock));
        context.registerBean(BoardVersionService.class, () -> new BoardVersionService(stores.port(TaskRepository.class), true));
        context.registerBean(SettingsService.class, () -> new SettingsService(stores.port(SettingsRepository.class), transactions, clock));
        context.registerBean(AgentService.class, () -> new AgentService(stores.port(AgentRepository.class), stores.port(ProjectRepository.class), stores.port(TaskRepository.class),
                transactions, clock));
        context.registerBean(HealthService.class, () -> new HealthService(stores.port(DatabaseHealthPort.class)));
        context.registerBean(ApiKeyService.class, () -> new ApiKeyService(stores.port(ApiKeyRepository.class),
                stores.port(SecretCipherPort.class), transactions, clock));
        context.registerBean(GithubTokenService.class, () -> new GithubTokenService(stores.port(GithubTokenRepository.class),
                stores.port(SecretCipherPort.class), transactions, clock));
        context.registerBean(SandboxConfigService.class, () -> new SandboxConfigService(stores.port(SandboxConfigRepository.class),
                transactions, clock));
        context.registerBean(WorkflowService.class, () -> new WorkflowService(stores.port(WorkflowRepository.class), transactions, clock));
        context.registerBean(SessionService.class, () -> new SessionService(stores.port(SessionRepository.class),
                stores.port(SessionEventRepository.class), stores.port(SessionSummaryRepository.class), stores.port(ProjectRepository.class),
                stores.port(TaskRepository.class), stores.port(AgentRepository.class), transactions, clock));
        context.registerBean(SessionEventService.class, () -> new SessionEventService(stores.port(SessionRepository.class),
                stores.port(SessionEventRepository.class), stores.port(SessionSummaryRepository.class), stores.port(SessionEventBus.class),
                transactions, clock));
        context.registerBean(SessionStreamService.class, () -> new SessionStreamService(stores.port(SessionRepository.class),
                stores.port(SessionEventRepository.class), stores.port(SessionEventBus.class), clock, streamKeepAlive),
                definition -> definition.setDestroyMethodName("close"));
        context.registerBean(TemplateService.class, () -> new TemplateService(stores.port(TemplateRepository.class),
                stores.port(ProjectRepository.class), transactions, clock));
        context.registerBean(MarketplaceService.class, () -> new MarketplaceService(stores.port(MarketplaceRepository.class), transactions,
                clock));
        context.registerBean(TerraformRegistryService.class, () -> new TerraformRegistryService(stores.port(TerraformRegistryRepository.class),
                stores.port(TerraformModuleRepository.class), transactions, clock));
        context.registerBean(TerraformComposeService.class, () -> new TerraformComposeService(stores.port(TerraformRegistryRepository.class)));
        context.registerBean(CliMonitorService.class, () -> new CliMonitorService(stores.port(CliSessionRepository.class),
                stores.port(SettingsRepository.class), transactions, stores.port(CliMonitorEventBus.class), clock, streamKeepAlive),
                definition -> definition.setDestroyMethodName("close"));
        overrides.accept(context);
        context.refresh();
        server = JettyWebServer.start(settings, context);
        client = new ApiClient(server.port());
    }

    /** For the route contracts: a fake-backed server that throws no checked exception. */
    public static FakeBackedServer open() {
        try {
            return start();
        } catch (Exception e) {
            throw new IllegalStateException("The web server did not start", e);
        }
    }

    /** A fake-backed server whose event streams send a keep-alive every {@code streamKeepAlive}. */
    public static FakeBackedServer open(Duration streamKeepAlive) {
        try {
            return new FakeBackedServer(settings(null, WebSettings.DEFAULT_MAX_BODY_BYTES), context -> {
            }, streamKeepAlive);
        } catch (Exception e) {
            throw new IllegalStateException("The web server did not start", e);
        }
    }

    public static FakeBackedServer start() throws Exception {
        return start(settings(null, WebSettings.DEFAULT_MAX_BODY_BYTES), context -> {
        });
    }

    public static FakeBackedServer start(WebSettings settings, Consumer<GenericApplicationContext> overrides) throws Exception {
        return new FakeBackedServer(settings, overrides);
    }

    public static WebSettings settings(String authToken, long maxBodyBytes) {
        return new WebSettings("127.0.0.1", 0, WebSettings.DEFAULT_CORS_ORIGIN, maxBodyBytes, authToken, WebSettings.ROUTE_BODY_LIMITS);
    }

    @Override
    public ApiClient client() {
        return client;
    }

    /** A bean of the application context behind the web adapter (a service). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** An outbound port's fake, or else a bean of the context (a use case), like the real application's beans. */
    @Override
    public <T> T port(Class<T> portType) {
        try {
            return stores.port(portType);
        } catch (IllegalArgumentException noFake) {
            return context.getBean(portType);
        }
    }

    @Override
    public void reset() {
        stores.reset();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("The web server did not stop cleanly", e);
        } finally {
            context.close();
        }
    }
}
