package dev.agentpane.application.fake;

import dev.agentpane.application.port.in.health.DatabaseHealth;
import dev.agentpane.application.port.out.DatabaseHealthPort;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.SettingsRepository;
import dev.agentpane.application.port.out.StoreFixture;
import dev.agentpane.application.port.out.TransactionRunner;
import java.util.List;
import java.util.Map;

/** Every outbound port as an in-memory fake, sharing one transaction runner. */
public class InMemoryStores implements StoreFixture {
    private final InMemoryProjectRepository projects = new InMemoryProjectRepository();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final List<InMemoryStore> stores = List.of(projects, settings);
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner(stores);
    private volatile DatabaseHealth health = DatabaseHealth.up(0, "memory", "in-memory");
    private final Map<Class<?>, Object> ports = Map.of(
            ProjectRepository.class, projects,
            SettingsRepository.class, settings,
            TransactionRunner.class, transactions,
            DatabaseHealthPort.class, (DatabaseHealthPort) () -> health);

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
