package dev.agentpane.application.fake;

import dev.agentpane.application.port.in.health.DatabaseHealth;
import dev.agentpane.application.port.out.ApiKeyRepository;
import dev.agentpane.application.port.out.CliSessionRepository;
import dev.agentpane.application.port.out.DatabaseHealthPort;
import dev.agentpane.application.port.out.GithubInstallationRepository;
import dev.agentpane.application.port.out.GithubTokenRepository;
import dev.agentpane.application.port.out.MarketplaceRepository;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.RepositoryConfigRepository;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TransactionRunner;
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
        register(ProjectRepository.class, new InMemoryProjectRepository());
        register(SettingsRepository.class, new InMemorySettingsRepository());
        register(ApiKeyRepository.class, new InMemoryApiKeyRepository());
        register(GithubTokenRepository.class, new InMemoryGithubTokenRepository());
        InMemoryGithubInstallationRepository githubInstallations = new InMemoryGithubInstallationRepository();
        register(GithubInstallationRepository.class, githubInstallations);
        register(RepositoryConfigRepository.class, githubInstallations.repositoryConfigs());
        register(MarketplaceRepository.class, new InMemoryMarketplaceRepository());
        register(CliSessionRepository.class, new InMemoryCliSessionRepository());
        ports.put(TransactionRunner.class, new InMemoryTransactionRunner(stores));
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
