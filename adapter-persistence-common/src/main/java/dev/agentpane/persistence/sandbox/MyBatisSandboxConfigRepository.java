package dev.agentpane.persistence.sandbox;

import dev.agentpane.application.port.out.SandboxConfigRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.sandbox.DuplicateSandboxConfigNameException;
import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.persistence.shared.UniqueViolations;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writing a default config clears the previous default first, in the same transaction (a partial unique index allows
 * one), after taking the dialect's default-flag lock so that concurrent writers of the flag take turns. The name's
 * unique constraint decides concurrent creates and renames: the loser gets {@link DuplicateSandboxConfigNameException}.
 */
public class MyBatisSandboxConfigRepository implements SandboxConfigRepository {
    private final SandboxConfigMapper mapper;
    private final UniqueViolations uniqueViolations;
    private final TransactionRunner transactions;
    private final SandboxConfigRowConverter converter = SandboxConfigRowConverter.INSTANCE;

    public MyBatisSandboxConfigRepository(SandboxConfigMapper mapper, UniqueViolations uniqueViolations,
            TransactionRunner transactions) {
        this.mapper = mapper;
        this.uniqueViolations = uniqueViolations;
        this.transactions = transactions;
    }

    @Override
    public void insert(SandboxConfig config) {
        refusingDuplicateName(config, () -> {
            takeDefaultFromOthers(config);
            mapper.insert(converter.toRow(config));
            return null;
        });
    }

    @Override
    public boolean update(SandboxConfig config) {
        return refusingDuplicateName(config, () -> {
            if (mapper.findById(config.id().value()) == null) {
                return false;
            }
            takeDefaultFromOthers(config);
            return mapper.update(converter.toRow(config)) == 1;
        });
    }

    private void takeDefaultFromOthers(SandboxConfig config) {
        if (config.isDefault()) {
            mapper.lockDefaultFlag();
            mapper.clearDefaultExcept(config.id().value());
        }
    }

    private <T> T refusingDuplicateName(SandboxConfig config, Supplier<T> write) {
        return uniqueViolations.translating(() -> transactions.inTransaction(write), () -> new DuplicateSandboxConfigNameException(config.name()));
    }

    @Override
    public Optional<SandboxConfig> findById(SandboxConfigId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toConfig);
    }

    @Override
    public Optional<SandboxConfig> findByIdForUpdate(SandboxConfigId id) {
        return Optional.ofNullable(mapper.findByIdForUpdate(id.value())).map(converter::toConfig);
    }

    @Override
    public Optional<SandboxConfig> findDefault() {
        return Optional.ofNullable(mapper.findDefault()).map(converter::toConfig);
    }

    @Override
    public List<SandboxConfig> findDefaultFirst(int limit, int offset) {
        return mapper.findDefaultFirst(limit, offset).stream().map(converter::toConfig).toList();
    }

    @Override
    public long count() {
        return mapper.count();
    }

    @Override
    public long countProjectsUsing(SandboxConfigId id) {
        return mapper.countProjectsUsing(id.value());
    }

    @Override
    public boolean deleteById(SandboxConfigId id) {
        return mapper.deleteById(id.value()) == 1;
    }
}
