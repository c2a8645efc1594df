package dev.agentpane.application.fake;

import dev.agentpane.application.port.in.health.DatabaseHealth;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.AgentRunRepository;
import dev.agentpane.application.port.out.ApiKeyRepository;
import dev.agentpane.application.port.out.AuditLogRepository;
import dev.agentpane.application.port.out.CliMonitorEventBus;
import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.application.port.out.DatabaseHealthPort;
import dev.agentpane.application.port.out.GithubInstallationRepository;
import dev.agentpane.application.port.out.GithubTokenRepository;
import dev.agentpane.application.port.out.MarketplaceRepository;
import dev.agentpane.application.port.out.PlanSessionRepository;
import dev.agentpane.application.port.out.ProjectFilesPort;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.RepositoryConfigRepository;
import dev.agentpane.application.port.out.SandboxConfigRepository;
import dev.agentpane.application.port.out.SandboxInstanceRepository;
import dev.agentpane.application.port.out.SecretCipherPort;
import dev.agentpane.application.port.out.SessionEventBus;
import dev.agentpane.application.port.out.SessionEventRepository;
import dev.agentpane.application.port.out.SessionRepository;
import dev.agentpane.application.port.out.SessionSummaryRepository;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TemplateRepository;
import dev.agentpane.application.port.out.TerraformModuleRepository;
import dev.agentpane.application.port.out.TerraformRegistryRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.port.out.WorkflowRepository;
import dev.agentpane.application.port.out.WorktreeRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every outbound port as an in-memory fake, sharing one transaction runner that rolls them all back together. */
public class InMemoryStores implements StoreFixture {
    private final List<InMemoryStore> stores = new ArrayList<>();
    private final Map<Class<?>, Object> ports = new HashMap<>();
    private volatile DatabaseHealth health = DatabaseHealth.up(0, "memory", "in-memory");

    public InMemoryStores() {
        InMemorySandboxConfigRepository sandboxConfigs = new InMemorySandboxConfigRepository();
        InMemoryProjectRepository projects = new InMemoryProjectRepository(sandboxConfigs);
        sandboxConfigs.usedBy(projects);
        register(ProjectRepository.class, projects);
        register(SettingsRepository.class, new InMemorySettingsRepository());
        InMemoryTaskRepository tasks = new InMemoryTaskRepository(projects);
        register(TaskRepository.class, tasks);
        register(AgentRepository.class, new InMemoryAgentRepository(tasks));
        register(AgentRunRepository.class, new InMemoryAgentRunRepository());
        register(SessionRepository.class, new InMemorySessionRepository());
        register(SessionEventRepository.class, new InMemorySessionEventRepository());
        register(SessionSummaryRepository.class, new InMemorySessionSummaryRepository());
        register(WorktreeRepository.class, new InMemoryWorktreeRepository());
        register(AuditLogRepository.class, new InMemoryAuditLogRepository());
        register(TemplateRepository.class, new InMemoryTemplateRepository(port(ProjectRepository.class)));
        register(WorkflowRepository.class, new InMemoryWorkflowRepository(port(TemplateRepository.class)));
        register(SandboxConfigRepository.class, sandboxConfigs);
        register(SandboxInstanceRepository.class, new InMemorySandboxInstanceRepository(port(ProjectRepository.class)));
        register(PlanSessionRepository.class, new InMemoryPlanSessionRepository());
        register(TerraformRegistryRepository.class, new InMemoryTerraformRegistryRepository());
        register(TerraformModuleRepository.class,
                new InMemoryTerraformModuleRepository((InMemoryTerraformRegistryRepository) port(TerraformRegistryRepository.class)));
        register(ApiKeyRepository.class, new InMemoryApiKeyRepository());
        register(GithubTokenRepository.class, new InMemoryGithubTokenRepository());
        InMemoryGithubInstallationRepository githubInstallations = new InMemoryGithubInstallationRepository();
        register(GithubInstallationRepository.class, githubInstallations);
        register(RepositoryConfigRepository.class, githubInstallations.repositoryConfigs());
        register(MarketplaceRepository.class, new InMemoryMarketplaceRepository());
        register(CliSessionRepository.class, new InMemoryCliSessionRepository());
        ports.put(ProjectFilesPort.class, new RecordingProjectFiles());
        ports.put(SecretCipherPort.class, new InMemorySecretCipher());
        ports.put(TransactionRunner.class, new InMemoryTransactionRunner(stores));
        ports.put(SessionEventBus.class, new InMemorySessionEventBus());
        ports.put(CliMonitorEventBus.class, new InMemoryCliMonitorEventBus());
        ports.put(DatabaseHealthPort.class, (DatabaseHealthPort) () -> health);
    }

    private <T> void register(Class<T> portType, T fake) {
        ports.put(portType, fake);
        if (fake instanceof InMemoryStore store) {
            stores.add(store);
        }
    }

    @Override
    public <T> T port(Class<T> portType) {
        Object port = ports.get(portType);
        if (port == null) {
            throw new IllegalArgumentException("No in-memory fake for " + portType.getName());
        }
        return portType.cast(port);
    }

    /** Makes the fake database report itself as up or down. */
    public void setDatabaseHealth(DatabaseHealth health) {
        this.health = health;
    }

    @Override
    public void reset() {
        stores.forEach(InMemoryStore::clear);
    }

    @Override
    public void close() {
    }
}
