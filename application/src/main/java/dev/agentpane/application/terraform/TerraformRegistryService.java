package dev.agentpane.application.terraform;

import dev.agentpane.application.port.in.terraform.CreateTerraformRegistryCommand;
import dev.agentpane.application.port.in.terraform.CreateTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.DeleteTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.GetTerraformModuleUseCase;
import dev.agentpane.application.port.in.terraform.GetTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.ListTerraformModulesUseCase;
import dev.agentpane.application.port.in.terraform.ListTerraformRegistriesUseCase;
import dev.agentpane.application.port.in.terraform.SyncTerraformRegistryUseCase;
import dev.agentpane.application.port.in.terraform.TerraformModulePage;
import dev.agentpane.application.port.in.terraform.UpdateTerraformRegistryCommand;
import dev.agentpane.application.port.in.terraform.UpdateTerraformRegistryUseCase;
import dev.agentpane.application.port.out.TerraformModuleRepository;
import dev.agentpane.application.port.out.TerraformRegistryRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.shared.SyncUnavailableException;
import dev.agentpane.domain.terraform.TerraformModule;
import dev.agentpane.domain.terraform.TerraformModuleId;
import dev.agentpane.domain.terraform.TerraformModuleNotFoundException;
import dev.agentpane.domain.terraform.TerraformModuleQuery;
import dev.agentpane.domain.terraform.TerraformRegistry;
import dev.agentpane.domain.terraform.TerraformRegistryId;
import dev.agentpane.domain.terraform.TerraformRegistryNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The Terraform registries' and modules' use cases (reference §4.13); each write is one transaction. */
public class TerraformRegistryService implements CreateTerraformRegistryUseCase, GetTerraformRegistryUseCase,
        ListTerraformRegistriesUseCase, UpdateTerraformRegistryUseCase, DeleteTerraformRegistryUseCase, SyncTerraformRegistryUseCase,
        ListTerraformModulesUseCase, GetTerraformModuleUseCase {

    private final TerraformRegistryRepository registries;
    private final TerraformModuleRepository modules;
    private final TransactionRunner transactions;
    private final Clock clock;

    public TerraformRegistryService(TerraformRegistryRepository registries, TerraformModuleRepository modules,
            TransactionRunner transactions, Clock clock) {
        this.registries = registries;
        this.modules = modules;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TerraformRegistry create(CreateTerraformRegistryCommand command) {
        TerraformRegistry registry = TerraformRegistry.create(command.name(), command.orgName(), command.tokenSettingKey(),
                command.syncIntervalMinutes(), now());
        transactions.inTransaction(() -> registries.insert(registry));
        return registry;
    }

    @Override
    public TerraformRegistry get(TerraformRegistryId id) {
        return registries.findById(id).orElseThrow(() -> new TerraformRegistryNotFoundException(id));
    }

    @Override
    public List<TerraformRegistry> list() {
        return registries.findAll();
    }

    @Override
    public TerraformRegistry update(UpdateTerraformRegistryCommand command) {
        return transactions.inTransaction(() -> {
            TerraformRegistry updated = get(command.id()).apply(command.change(), now());
            if (!registries.update(updated)) {
                throw new TerraformRegistryNotFoundException(command.id());
            }
            return updated;
        });
    }

    /** The modules go with the registry through the foreign key's cascade, in the same statement. */
    @Override
    public void delete(TerraformRegistryId id) {
        transactions.inTransaction(() -> {
            if (!registries.deleteById(id)) {
                throw new TerraformRegistryNotFoundException(id);
            }
        });
    }

    @Override
    public void sync(TerraformRegistryId id) {
        get(id);
        throw new SyncUnavailableException("Terraform Cloud");
    }

    @Override
    public TerraformModulePage list(TerraformModuleQuery query) {
        List<TerraformModule> items = modules.find(query);
        long total = items.size() < query.limit() ? items.size() : modules.count(query.filter());
        return new TerraformModulePage(items, total);
    }

    @Override
    public TerraformModule get(TerraformModuleId id) {
        return modules.findById(id).orElseThrow(() -> new TerraformModuleNotFoundException(id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
