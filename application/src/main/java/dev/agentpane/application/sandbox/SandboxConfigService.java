package dev.agentpane.application.sandbox;

import dev.agentpane.application.port.in.sandbox.CreateSandboxConfigCommand;
import dev.agentpane.application.port.in.sandbox.CreateSandboxConfigUseCase;
import dev.agentpane.application.port.in.sandbox.DeleteSandboxConfigUseCase;
import dev.agentpane.application.port.in.sandbox.GetSandboxConfigUseCase;
import dev.agentpane.application.port.in.sandbox.ListSandboxConfigsQuery;
import dev.agentpane.application.port.in.sandbox.ListSandboxConfigsUseCase;
import dev.agentpane.application.port.in.sandbox.SandboxConfigPage;
import dev.agentpane.application.port.in.sandbox.UpdateSandboxConfigCommand;
import dev.agentpane.application.port.in.sandbox.UpdateSandboxConfigUseCase;
import dev.agentpane.application.port.out.SandboxConfigRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.domain.sandbox.SandboxConfigInUseException;
import dev.agentpane.domain.sandbox.SandboxConfigNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The sandbox configs' use cases (reference §4.11); each write is one transaction. Names are unique and at most one
 * config is the default: the repository holds both rules, also against concurrent writers.
 */
public class SandboxConfigService implements CreateSandboxConfigUseCase, GetSandboxConfigUseCase, ListSandboxConfigsUseCase,
        UpdateSandboxConfigUseCase, DeleteSandboxConfigUseCase {
    private final SandboxConfigRepository configs;
    private final TransactionRunner transactions;
    private final Clock clock;

    public SandboxConfigService(SandboxConfigRepository configs, TransactionRunner transactions, Clock clock) {
        this.configs = configs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SandboxConfig create(CreateSandboxConfigCommand command) {
        SandboxConfig config = SandboxConfig.create(command.fields(), now());
        transactions.inTransaction(() -> configs.insert(config));
        return config;
    }

    @Override
    public SandboxConfig get(SandboxConfigId id) {
        return configs.findById(id).orElseThrow(() -> new SandboxConfigNotFoundException(id));
    }

    @Override
    public SandboxConfigPage list(ListSandboxConfigsQuery query) {
        return new SandboxConfigPage(configs.findDefaultFirst(query.limit(), query.offset()), configs.count());
    }

    @Override
    public SandboxConfig update(UpdateSandboxConfigCommand command) {
        return transactions.inTransaction(() -> {
            SandboxConfig updated = get(command.id()).apply(command.change(), now());
            if (!configs.update(updated)) {
                throw new SandboxConfigNotFoundException(command.id());
            }
            return updated;
        });
    }

    /** The config is held from the look-up to the delete, so no project can start using it in between. */
    @Override
    public void delete(SandboxConfigId id) {
        transactions.inTransaction(() -> {
            configs.findByIdForUpdate(id).orElseThrow(() -> new SandboxConfigNotFoundException(id));
            long projects = configs.countProjectsUsing(id);
            if (projects > 0) {
                throw new SandboxConfigInUseException(id, projects);
            }
            configs.deleteById(id);
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
